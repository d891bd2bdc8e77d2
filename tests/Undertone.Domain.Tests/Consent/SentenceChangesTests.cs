namespace Undertone.Domain.Tests.Consent;

public sealed class SentenceChangesTests
{
    [Fact]
    public void Changed_MarksOnlyTheSentencesThatDiffer()
    {
        const string before = "Hello,\n\nI'd like to ask something. It would stay on my device. Is that okay?";
        const string after = "Hi,\n\nI'd like to ask something. It would stay only on my phone. Is that okay?";

        var changed = SentenceChanges.Changed(before, after).Select(r => after.Substring(r.Start, r.Length));

        Assert.Equal(["Hi,", "It would stay only on my phone."], changed);
    }

    [Theory]
    [InlineData("Hi Dr. Lee,\n\nThanks.", new[] { "Hi Dr. Lee,", "Thanks." })]
    [InlineData("Hello Mr. Ng and Mrs. Ng. Ms. Ray said so.", new[] { "Hello Mr. Ng and Mrs. Ng.", "Ms. Ray said so." })]
    [InlineData("A short record, e.g. a recap, i.e. not audio. Is that okay?", new[] { "A short record, e.g. a recap, i.e. not audio.", "Is that okay?" })]
    [InlineData("HI DR. LEE. It's fine.", new[] { "HI DR. LEE.", "It's fine." })]
    [InlineData("I keep a few items. Ms. Ray agrees.", new[] { "I keep a few items.", "Ms. Ray agrees." })]
    public void Sentences_DoNotEndAtTheFullStopOfTitlesOrEgIe(string text, string[] expected)
    {
        var sentences = SentenceChanges.Sentences(text).Select(r => text.Substring(r.Start, r.Length));
        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Changed_GreetingWithATitle_IsOneSentence()
    {
        var changed = SentenceChanges.Changed("Hello Dr. Lee,\n\nThanks.", "Hi Dr. Lee,\n\nThanks.");
        Assert.Equal([new TextRange(0, "Hi Dr. Lee,".Length)], changed);
    }

    [Fact]
    public void Changed_SameText_MarksNothing() =>
        Assert.Empty(SentenceChanges.Changed("One. Two!", "One. Two!"));

    [Theory]
    [InlineData(Tone.Warm, Tone.Direct)]
    [InlineData(Tone.Neutral, Tone.Warm)]
    public void Changed_BetweenTones_PointsAtSentencesThatAreInTheNewMessage(Tone from, Tone to)
    {
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
        var before = ScriptComposer.Compose(ask with { Tone = from }).Text;
        var after = ScriptComposer.Compose(ask with { Tone = to }).Text;

        var changed = SentenceChanges.Changed(before, after);

        Assert.NotEmpty(changed);
        Assert.All(changed, r => Assert.DoesNotContain(after.Substring(r.Start, r.Length), before, StringComparison.Ordinal));
    }

    [Fact]
    public void FormatGuide_NamesRecapAndTakeawaysAsTheSmallestUsefulRecords()
    {
        var smallest = Enum.GetValues<RecordFormat>().Where(FormatGuide.IsSmallestUseful);

        Assert.Equal([RecordFormat.ShortRecap, RecordFormat.TakeawaysTogether], smallest);
        Assert.All(Enum.GetValues<RecordFormat>(), f => Assert.False(string.IsNullOrWhiteSpace(FormatGuide.Asks(f) + FormatGuide.Gives(f))));
    }
}

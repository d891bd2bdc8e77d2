using Undertone.Domain.Consent;

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

using Undertone.Domain.Journal;

namespace Undertone.Domain.Tests.Journal;

public sealed class JournalValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void ValidateRecap_OnlyADate_IsValid() =>
        Assert.Empty(JournalValidation.ValidateRecap(new RecapDraft { SessionDate = Today }, Today));

    [Fact]
    public void ValidateRecap_DateAfterToday_NamesTheDateField()
    {
        var error = Assert.Single(JournalValidation.ValidateRecap(new RecapDraft { SessionDate = Today.AddDays(1) }, Today));

        Assert.Equal(nameof(RecapDraft.SessionDate), error.Field);
        Assert.Contains("after today", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(RecapDraft.WhatCameUp))]
    [InlineData(nameof(RecapDraft.Takeaways))]
    [InlineData(nameof(RecapDraft.NextSteps))]
    [InlineData(nameof(RecapDraft.ToRevisit))]
    [InlineData(nameof(RecapDraft.TherapistSaid))]
    public void ValidateRecap_LongFieldOverTheLimit_SaysHowMuchTooLong(string field)
    {
        var text = new string('a', Domain.Journal.Recap.LongTextMaxLength + 5);
        var draft = field switch
        {
            nameof(RecapDraft.WhatCameUp) => new RecapDraft { SessionDate = Today, WhatCameUp = text },
            nameof(RecapDraft.Takeaways) => new RecapDraft { SessionDate = Today, Takeaways = text },
            nameof(RecapDraft.NextSteps) => new RecapDraft { SessionDate = Today, NextSteps = text },
            nameof(RecapDraft.ToRevisit) => new RecapDraft { SessionDate = Today, ToRevisit = text },
            _ => new RecapDraft { SessionDate = Today, TherapistSaid = text },
        };

        var error = Assert.Single(JournalValidation.ValidateRecap(draft, Today));

        Assert.Equal(field, error.Field);
        Assert.Contains("10,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 fewer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRecap_ExactlyAtTheLimit_IsValid() =>
        Assert.Empty(JournalValidation.ValidateRecap(
            new RecapDraft { SessionDate = Today, WhatCameUp = new string('a', Domain.Journal.Recap.LongTextMaxLength) }, Today));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ValidateRecap_FeelingOffTheScale_IsRefused(int feeling) =>
        Assert.Equal(nameof(RecapDraft.Feeling),
            Assert.Single(JournalValidation.ValidateRecap(new RecapDraft { SessionDate = Today, Feeling = feeling }, Today)).Field);

    [Fact]
    public void Tidy_TrimsOnlyTheEnds()
    {
        var draft = new RecapDraft
        {
            SessionDate = Today,
            WhatCameUp = "  \n first line\n\n  second  line \t\n",
            ThemeNames = [" Work ", "work", "", "Sleep"],
        }.Tidy();

        Assert.Equal("first line\n\n  second  line", draft.WhatCameUp);
        Assert.Equal(["Work", "Sleep"], draft.ThemeNames);
    }

    [Fact]
    public void ValidateQuestion_Empty_AsksForText() =>
        Assert.Equal(nameof(Question.Text), Assert.Single(JournalValidation.ValidateQuestion("", "")).Field);

    [Theory]
    [InlineData("#3a7d6b", true)]
    [InlineData("3a7d6b", false)]
    [InlineData("#zzzzzz", false)]
    public void ValidateTheme_Colour(string colour, bool valid) =>
        Assert.Equal(valid, JournalValidation.ValidateTheme("Work", colour).Count == 0);

    [Fact]
    public void Excerpt_CutsAtAWord_AndSkipsBlankFields()
    {
        Assert.Equal("second field", JournalText.Excerpt(50, "", "  \n second field\nmore"));
        Assert.Equal("one two…", JournalText.Excerpt(10, "one two three four"));
    }

    [Fact]
    public void SampleJournal_IsClearlyMarked_AndNeverInTheFuture()
    {
        var sample = SampleJournal.Create(Today);

        Assert.All(sample.Recaps, r => Assert.StartsWith(SampleJournal.LabelPrefix, r.Label, StringComparison.Ordinal));
        Assert.All(sample.Recaps, r => Assert.Empty(JournalValidation.ValidateRecap(r, Today)));
        Assert.All(sample.Questions, q => Assert.StartsWith(SampleJournal.LabelPrefix, q, StringComparison.Ordinal));
        Assert.True(sample.Recaps.Count + sample.Questions.Count >= 12);
    }
}

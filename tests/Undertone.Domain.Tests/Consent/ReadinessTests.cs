namespace Undertone.Domain.Tests.Consent;

public sealed class ReadinessTests
{
    [Fact]
    public void Checklist_HasEveryItemOnceWithWords()
    {
        Assert.Equal(Enum.GetValues<ChecklistItem>(), Readiness.Checklist.Select(e => e.Item));
        Assert.All(Readiness.Checklist, e => Assert.False(string.IsNullOrWhiteSpace(e.Label + e.Hint)));
        Assert.Equal(5, Readiness.SelfCheckQuestions.Count);
        Assert.All(Readiness.SelfCheckQuestions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
    }

    [Fact]
    public void CoveredBy_DecidedAsk_CoversEverything()
    {
        var ask = new ConsentAsk { Reasons = [AskReason.NoticePatterns], Format = RecordFormat.ShortRecap, Use = RecordUse.PersonalOnly };
        Assert.Equal(Enum.GetValues<ChecklistItem>(), Readiness.CoveredBy(ask));
    }

    [Fact]
    public void CoveredBy_OpenFormatAndUndecidedUse_LeavesThoseToPrepare()
    {
        var ask = new ConsentAsk { Reasons = [AskReason.NoticePatterns], Format = RecordFormat.YourRecommendation, Use = RecordUse.Undecided };
        var covered = Readiness.CoveredBy(ask);
        Assert.DoesNotContain(ChecklistItem.Format, covered);
        Assert.DoesNotContain(ChecklistItem.PersonalOnly, covered);
        Assert.DoesNotContain(ChecklistItem.Sharing, covered);
        Assert.Contains(ChecklistItem.TheirInput, covered);
    }

    [Fact]
    public void CoveredBy_ComposedText_CoversWhatTheAskCovers()
    {
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways], Format = RecordFormat.Audio, Use = RecordUse.PersonalOnly };
        Assert.Equal(Enum.GetValues<ChecklistItem>(), Readiness.CoveredBy(ScriptComposer.Compose(ask).Text));
    }

    [Fact]
    public void CoveredBy_EditedText_DropsWhatWasRemoved()
    {
        var covered = Readiness.CoveredBy("I'd like to remember our sessions with a short recap. What are you comfortable with?");
        Assert.Equal([ChecklistItem.Why, ChecklistItem.Format, ChecklistItem.TheirInput], covered);
    }
}

namespace Undertone.Domain.Tests.Journal.Patterns;

public class RevisitAnalysisTests
{
    private static readonly DateOnly Today = Start.AddDays(100);

    [Fact]
    public void Find_EmptyJournal_IsEmpty()
    {
        Assert.Empty(RevisitAnalysis.Find([], [], [], Today));
    }

    [Fact]
    public void Find_SplitsRevisitLines_AndRemovesListMarkers()
    {
        var recap = Recap(1, revisit: "- the fight with Sam\r\n\n* why Sundays feel heavy\n2) my dad's letter\n• 🌧 rainy days\nplain line");

        var texts = RevisitAnalysis.Find([recap], [], [], Today).Select(e => e.Text);

        Assert.Equal(["the fight with Sam", "why Sundays feel heavy", "my dad's letter", "🌧 rainy days", "plain line"], texts);
    }

    [Fact]
    public void Find_OldestFirst_WithAgeInDays_MixingRevisitItemsAndOpenQuestions()
    {
        PatternRecap[] recaps = [Recap(2, weeksIn: 3, revisit: "newer item"), Recap(1, weeksIn: 1, revisit: "older item")];
        PatternQuestion[] questions =
        [
            new(10, "Is this normal?", Start.AddDays(10), IsOpen: true),
            new(11, "Already asked", Start.AddDays(1), IsOpen: false),
        ];

        var entries = RevisitAnalysis.Find(recaps, questions, [], Today);

        Assert.Equal(["older item", "Is this normal?", "newer item"], entries.Select(e => e.Text));
        Assert.Equal([93, 90, 79], entries.Select(e => e.AgeDays));
        Assert.Equal([RevisitKind.RevisitItem, RevisitKind.OpenQuestion, RevisitKind.RevisitItem], entries.Select(e => e.Kind));
        Assert.Equal(10, entries[1].QuestionId);
        Assert.Null(entries[1].RecapId);
        Assert.Equal(1, entries[0].RecapId);
    }

    [Fact]
    public void Find_AddressedItems_AreLeftOut_EvenIfOtherLinesChange()
    {
        var before = Recap(1, revisit: "first\nsecond");
        var addressed = RevisitAnalysis.Find([before], [], [], Today)[1].Key!;
        var edited = before with { ToRevisit = "a new first line\nfirst\n  SECOND  " };

        var texts = RevisitAnalysis.Find([edited], [], [addressed], Today).Select(e => e.Text);

        Assert.Equal(["a new first line", "first"], texts);
    }

    [Fact]
    public void Find_AddressedKey_OnlyAppliesToItsOwnRecap()
    {
        var key = RevisitItemKey.For(1, "call mum");

        var entries = RevisitAnalysis.Find([Recap(1, revisit: "call mum"), Recap(2, revisit: "call mum")], [], [key], Today);

        Assert.Equal(2, Assert.Single(entries).RecapId);
    }

    [Fact]
    public void Find_FutureDates_HaveAgeZero()
    {
        var entry = Assert.Single(RevisitAnalysis.Find([], [new PatternQuestion(1, "q", Today.AddDays(3), true)], [], Today));

        Assert.Equal(0, entry.AgeDays);
    }

    [Fact]
    public void Find_SameDay_KeepsLinesInTheOrderWritten()
    {
        var recap = Recap(1, revisit: string.Join('\n', Enumerable.Range(1, 30).Select(i => "item " + i)));

        var texts = RevisitAnalysis.Find([recap], [], [], Today).Select(e => e.Text);

        Assert.Equal(Enumerable.Range(1, 30).Select(i => "item " + i), texts);
    }

    [Fact]
    public void Find_BlankQuestions_AreLeftOut()
    {
        Assert.Empty(RevisitAnalysis.Find([], [new PatternQuestion(1, "   ", Today, true)], [], Today));
    }

    [Fact]
    public void RevisitItemKey_IgnoresCaseAndSpacing_ButNotWords()
    {
        Assert.Equal(RevisitItemKey.For(3, "Call  Mum "), RevisitItemKey.For(3, "call mum"));
        Assert.NotEqual(RevisitItemKey.For(3, "call mum"), RevisitItemKey.For(3, "call dad"));
        Assert.Equal(RevisitItemKey.FingerprintLength, RevisitItemKey.For(3, "x").Fingerprint.Length);
    }
}

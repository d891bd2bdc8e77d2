namespace Undertone.Domain.Tests.Journal.Patterns;

public class NudgeAnalysisTests
{
    [Fact]
    public void Find_EmptyJournal_HasNoNudge()
    {
        Assert.Null(NudgeAnalysis.Find([]));
    }

    [Fact]
    public void Find_ThemeInThreeSessionsWithoutTakeaway_Nudges()
    {
        PatternRecap[] recaps =
        [
            Recap(1, themes: ["work"], takeaways: "I can say no."),
            Recap(2, themes: ["work"]),
            Recap(3, themes: ["sleep"], takeaways: "Phone out of the bedroom."),
            Recap(4, themes: ["work"]),
            Recap(5, themes: ["work"]),
        ];

        var nudge = NudgeAnalysis.Find(recaps);

        Assert.NotNull(nudge);
        Assert.Equal("work", nudge.ThemeName);
        Assert.Equal(3, nudge.SessionCount);
        Assert.Equal([5, 4, 2], nudge.RecapIds);
        Assert.Equal(recaps[1].SessionDate, nudge.Since);
    }

    [Fact]
    public void Find_CountsTheWayTheThemesTableDoes()
    {
        // "work" is in 4 of the last 5 sessions; only the newest 3 of them have no takeaway. The nudge's words use
        // the table's 4 of 5, not the 3 that made it a nudge.
        PatternRecap[] recaps =
        [
            Recap(1, themes: ["work"], takeaways: "I can say no."),
            Recap(2, themes: ["sleep"]),
            Recap(3, themes: ["work"]),
            Recap(4, themes: ["work"]),
            Recap(5, themes: ["work"]),
        ];

        var report = PatternAnalysis.Analyze(recaps, [], [], new DateOnly(2026, 12, 1));
        var nudge = report.Nudge;
        var theme = report.Themes.Themes.Single(t => t.Name == "work");

        Assert.NotNull(nudge);
        Assert.Equal(3, nudge.SessionCount);
        Assert.Equal((theme.RecentCount, theme.RecentSessions), (nudge.RecentCount, nudge.RecentSessions));
        Assert.Equal((4, 5), (nudge.RecentCount, nudge.RecentSessions));
    }

    [Fact]
    public void Find_LatestSessionOfTheThemeHasATakeaway_NoNudge()
    {
        PatternRecap[] recaps =
        [
            Recap(1, themes: ["work"]),
            Recap(2, themes: ["work"]),
            Recap(3, themes: ["work"]),
            Recap(4, themes: ["work"], takeaways: "Rest is allowed."),
        ];

        Assert.Null(NudgeAnalysis.Find(recaps));
    }

    [Fact]
    public void Find_OnlyTwoSessions_NoNudge()
    {
        Assert.Null(NudgeAnalysis.Find(Tagged(["work"], ["work"])));
    }

    [Fact]
    public void Find_ThemeNotInRecentSessions_NoNudge()
    {
        var recaps = Tagged(["old"], ["old"], ["old"], [], [], [], [], []);

        Assert.Null(NudgeAnalysis.Find(recaps));
    }

    [Fact]
    public void Find_PicksTheLongestStreak_ThenTheMostRecent()
    {
        var recaps = Tagged(["a", "b"], ["a", "b"], ["a", "b", "c"], ["b", "c"], ["c"]);

        Assert.Equal("b", NudgeAnalysis.Find(recaps)!.ThemeName);
        Assert.Equal("c", NudgeAnalysis.Find(recaps[2..])!.ThemeName);
    }

    [Fact]
    public void Find_WhitespaceTakeaway_DoesNotCount()
    {
        var recaps = Enumerable.Range(1, 3).Select(i => Recap(i, themes: ["grief"], takeaways: "  ")).ToArray();

        Assert.Equal(3, NudgeAnalysis.Find(recaps)!.SessionCount);
    }
}

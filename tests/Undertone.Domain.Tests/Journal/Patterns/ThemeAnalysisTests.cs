namespace Undertone.Domain.Tests.Journal.Patterns;

public class ThemeAnalysisTests
{
    [Fact]
    public void Analyze_EmptyJournal_IsEmpty()
    {
        var report = ThemeAnalysis.Analyze([]);

        Assert.Equal(0, report.TotalSessions);
        Assert.Empty(report.Themes);
        Assert.Empty(report.Timeline);
    }

    [Fact]
    public void Analyze_CountsRecentAndAllSessions_WithFirstAndLastSeen()
    {
        // Sleep in sessions 1, 2, 5, 6, 7 of 7: in 3 of the last 5 (3 to 7), in 5 of 7.
        var recaps = Tagged(["sleep"], ["sleep", "work"], ["work"], [], ["sleep"], ["sleep"], ["sleep"]);

        var sleep = ThemeAnalysis.Analyze(recaps).Themes.Single(t => t.Name == "sleep");

        Assert.Equal(3, sleep.RecentCount);
        Assert.Equal(5, sleep.RecentSessions);
        Assert.Equal(5, sleep.TotalCount);
        Assert.Equal(7, sleep.TotalSessions);
        Assert.Equal(recaps[0].SessionDate, sleep.FirstSeen);
        Assert.Equal(recaps[6].SessionDate, sleep.LastSeen);
        Assert.Equal([7, 6, 5, 2, 1], sleep.RecapIds);
    }

    [Fact]
    public void Analyze_ThemeNamesDifferingOnlyInCase_CountAsOne_WithTheLatestSpelling()
    {
        var recaps = Tagged(["boundaries"], ["Boundaries", "boundaries"], ["BOUNDARIES"]);

        var theme = Assert.Single(ThemeAnalysis.Analyze(recaps).Themes);

        Assert.Equal("BOUNDARIES", theme.Name);
        Assert.Equal(3, theme.TotalCount);
    }

    [Fact]
    public void Analyze_BlankThemeNames_AreIgnored()
    {
        var recaps = Tagged(["  ", ""], ["grief"]);

        Assert.Equal(["grief"], ThemeAnalysis.Analyze(recaps).Themes.Select(t => t.Name));
    }

    [Fact]
    public void Analyze_Trend_RisingSteadyAndFading()
    {
        // Ten sessions. "new job" only lately, "family" throughout, "move" only early on.
        string[][] sessions =
        [
            ["family", "move"], ["move"], ["family", "move"], ["move"], ["move"],
            ["new job", "family"], ["new job"], ["family", "new job"], ["new job"], ["new job"],
        ];

        var themes = ThemeAnalysis.Analyze(Tagged(sessions)).Themes.ToDictionary(t => t.Name);

        Assert.Equal(ThemeTrend.Rising, themes["new job"].Trend);
        Assert.Equal(ThemeTrend.Steady, themes["family"].Trend);
        Assert.Equal(ThemeTrend.Fading, themes["move"].Trend);
    }

    [Fact]
    public void Analyze_Trend_InAYoungJournal_ComparesNewerHalfWithOlderHalf()
    {
        var themes = ThemeAnalysis.Analyze(Tagged(["a"], ["a"], ["b"], ["b"])).Themes.ToDictionary(t => t.Name);

        Assert.Equal(ThemeTrend.Fading, themes["a"].Trend);
        Assert.Equal(ThemeTrend.Rising, themes["b"].Trend);
    }

    [Fact]
    public void Analyze_Trend_OneSession_IsSteady()
    {
        Assert.Equal(ThemeTrend.Steady, ThemeAnalysis.Analyze(Tagged(["a"])).Themes[0].Trend);
    }

    [Fact]
    public void Analyze_Timeline_CoversTheLatestSessions_WithPresenceAndRollingCount()
    {
        var recaps = Tagged(["x"], ["x"], [], ["x"], [], [], ["x"]);

        var report = ThemeAnalysis.Analyze(recaps, PatternOptions.Default with { TimelineSessions = 4, RecentSessions = 3 });

        Assert.Equal([4, 5, 6, 7], report.Timeline.Select(s => s.RecapId));
        var x = Assert.Single(report.Themes);
        Assert.Equal([true, false, false, true], x.Presence);
        // Windows of three sessions: (2,3,4) has x twice; (3,4,5), (4,5,6) and (5,6,7) once each.
        Assert.Equal([2, 1, 1, 1], x.RollingCount);
    }

    [Fact]
    public void Analyze_OrdersByRecentCount_ThenTotal_ThenLatest_ThenName()
    {
        var recaps = Tagged(["old", "b", "a"], [], [], [], [], ["b", "a"], ["c"]);

        var names = ThemeAnalysis.Analyze(recaps).Themes.Select(t => t.Name);

        // a and b tie on everything but name; c is as recent but seen once; old is not recent.
        Assert.Equal(["a", "b", "c", "old"], names);
    }

    [Fact]
    public void Analyze_InputOrder_DoesNotMatter()
    {
        var recaps = Tagged(["x", "y"], ["y"], ["x"], ["z", "x"], ["y"], ["x"]);

        var forward = ThemeAnalysis.Analyze(recaps);
        var backward = ThemeAnalysis.Analyze(recaps.Reverse());

        Assert.Equal(
            forward.Themes.Select(t => (t.Name, t.RecentCount, t.TotalCount, t.Trend, string.Join(',', t.RecapIds))),
            backward.Themes.Select(t => (t.Name, t.RecentCount, t.TotalCount, t.Trend, string.Join(',', t.RecapIds))));
    }
}

namespace Undertone.Domain.Journal.Patterns;

/// <summary>How often and how lately one theme has come up.</summary>
/// <param name="Name">The theme's name as it was last written.</param>
/// <param name="RecentCount">In how many of the last <paramref name="RecentSessions"/> sessions it came up.</param>
/// <param name="RecentSessions">How many sessions "recent" covers (5, or fewer in a young journal).</param>
/// <param name="TotalCount">In how many sessions it came up at all.</param>
/// <param name="TotalSessions">How many sessions there are.</param>
/// <param name="FirstSeen">The first session date it came up.</param>
/// <param name="LastSeen">The latest session date it came up.</param>
/// <param name="Trend">Rising, steady or fading (see <see cref="ThemeAnalysis"/>).</param>
/// <param name="RecapIds">The recaps it came up in, newest first.</param>
/// <param name="Presence">For each session of <see cref="ThemeReport.Timeline"/>: did it come up.</param>
/// <param name="RollingCount">
/// For each session of <see cref="ThemeReport.Timeline"/>: in how many of the last
/// <see cref="PatternOptions.RecentSessions"/> sessions up to that one it came up.
/// </param>
public sealed record ThemeSummary(
    string Name,
    int RecentCount,
    int RecentSessions,
    int TotalCount,
    int TotalSessions,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    ThemeTrend Trend,
    IReadOnlyList<int> RecapIds,
    IReadOnlyList<bool> Presence,
    IReadOnlyList<int> RollingCount);

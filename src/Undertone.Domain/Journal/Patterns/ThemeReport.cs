namespace Undertone.Domain.Journal.Patterns;

/// <summary>Every theme with its counts, plus the sessions the timeline covers (oldest first).</summary>
public sealed record ThemeReport(
    int TotalSessions,
    int RecentSessions,
    IReadOnlyList<SessionRef> Timeline,
    IReadOnlyList<ThemeSummary> Themes)
{
    public static ThemeReport Empty { get; } = new(0, 0, [], []);
}

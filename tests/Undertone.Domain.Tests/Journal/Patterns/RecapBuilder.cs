namespace Undertone.Domain.Tests.Journal.Patterns;

/// <summary>Small helpers for writing recaps in tests.</summary>
internal static class RecapBuilder
{
    public static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>A recap for the session <paramref name="weeksIn"/> weeks after <see cref="Start"/>.</summary>
    public static PatternRecap Recap(
        int id,
        int weeksIn = -1,
        string[]? themes = null,
        string? cameUp = null,
        string? takeaways = null,
        string? nextSteps = null,
        string? revisit = null) =>
        new(id, Start.AddDays(7 * (weeksIn < 0 ? id : weeksIn)), themes ?? [], cameUp, takeaways, nextSteps, revisit);

    /// <summary>One recap per entry, a week apart, ids 1..n, tagged with the given themes.</summary>
    public static PatternRecap[] Tagged(params string[][] themesPerSession) =>
        [.. themesPerSession.Select((themes, i) => Recap(i + 1, themes: themes))];
}

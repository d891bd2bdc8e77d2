namespace Undertone.Domain.Journal.Patterns;

/// <summary>Everything the patterns page shows.</summary>
/// <param name="RecapCount">How many recaps were read.</param>
/// <param name="Themes">Themes with counts, trend and timeline.</param>
/// <param name="Phrases">Recurring words and phrases, best first.</param>
/// <param name="Revisit">What you meant to revisit (items and open questions), oldest first.</param>
/// <param name="Nudge">The gentle nudge, if a theme keeps coming up with no takeaway.</param>
/// <param name="SessionDates">Each recap's session date by id, for showing links to recaps as dates.</param>
public sealed record PatternReport(
    int RecapCount,
    ThemeReport Themes,
    IReadOnlyList<RecurringPhrase> Phrases,
    IReadOnlyList<RevisitEntry> Revisit,
    ThemeNudge? Nudge,
    IReadOnlyDictionary<int, DateOnly> SessionDates)
{
    public static PatternReport Empty { get; } = new(0, ThemeReport.Empty, [], [], null, new Dictionary<int, DateOnly>());
}

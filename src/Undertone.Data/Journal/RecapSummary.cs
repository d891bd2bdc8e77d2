namespace Undertone.Data.Journal;

/// <summary>One line of the journal list: date, optional label, themes and a short excerpt.</summary>
public sealed record RecapSummary(int Id, DateOnly SessionDate, string Label, string Excerpt, IReadOnlyList<ThemeTag> Themes, bool IsSample);

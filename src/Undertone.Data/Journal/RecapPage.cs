namespace Undertone.Data.Journal;

/// <summary>A slice of the journal list, newest first, and how many recaps match the filter in all.</summary>
public sealed record RecapPage(IReadOnlyList<RecapSummary> Items, int TotalCount);

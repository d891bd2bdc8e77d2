namespace Undertone.Data.Journal;

/// <summary>A theme with the number of recaps that carry it.</summary>
public sealed record ThemeUsage(int Id, string Name, string? Colour, int RecapCount, bool IsSample);

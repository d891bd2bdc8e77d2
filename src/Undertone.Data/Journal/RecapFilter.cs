namespace Undertone.Data.Journal;

/// <summary>Which recaps the journal list shows: optionally one theme and a date range (both ends included).</summary>
public sealed record RecapFilter(int? ThemeId = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly RecapFilter All = new();
}

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// A theme that has come up in several sessions in a row (counting only the sessions it came up in) with no
/// takeaway written in any of them: maybe something to bring into the room.
/// </summary>
/// <param name="ThemeName">The theme.</param>
/// <param name="SessionCount">How many of its latest sessions have no takeaway.</param>
/// <param name="Since">The earliest of those sessions.</param>
/// <param name="RecapIds">Those sessions' recaps, newest first.</param>
/// <param name="RecentCount">In how many of the recent sessions the theme came up: the same number the themes table shows.</param>
/// <param name="RecentSessions">How many sessions count as recent (the table's "of N").</param>
public sealed record ThemeNudge(string ThemeName, int SessionCount, DateOnly Since, IReadOnlyList<int> RecapIds, int RecentCount, int RecentSessions);

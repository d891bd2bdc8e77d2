using Undertone.Domain.Journal.Patterns;

namespace Undertone.Web.Components.Pages.Patterns;

/// <summary>The small bits of wording the patterns and prep pages share.</summary>
public static class PatternsText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.CurrentCulture);

    public static string Sessions(int count) => count == 1 ? "1 session" : string.Create(CultureInfo.CurrentCulture, $"{count} sessions");

    /// <summary>"in 3 of your last 12 recaps".</summary>
    public static string InKOfN(RecurringPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase.OutOf == phrase.RecapCount
            ? string.Create(CultureInfo.CurrentCulture, $"in all of your last {phrase.OutOf} recaps")
            : string.Create(CultureInfo.CurrentCulture, $"in {phrase.RecapCount} of your last {phrase.OutOf} recaps");
    }

    /// <summary>"in 4 of your last 5 sessions".</summary>
    public static string Recent(ThemeSummary theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return string.Create(CultureInfo.CurrentCulture, $"in {theme.RecentCount} of your last {theme.RecentSessions}");
    }

    /// <summary>"in 5 of your last 7 sessions": the nudge counts the way the themes table does.</summary>
    public static string Recent(ThemeNudge nudge)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        return string.Create(CultureInfo.CurrentCulture, $"in {nudge.RecentCount} of your last {nudge.RecentSessions} sessions");
    }

    public static string Trend(ThemeTrend trend) => trend switch
    {
        ThemeTrend.Rising => "coming up more",
        ThemeTrend.Steady => "steady",
        ThemeTrend.Fading => "coming up less",
    };
}

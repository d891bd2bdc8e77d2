using System.Globalization;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Web.Components.Pages.Patterns;

/// <summary>The small bits of wording the patterns and prep pages share.</summary>
public static class PatternsText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.CurrentCulture);

    public static string Age(int days) => days switch
    {
        0 => "today",
        1 => "yesterday",
        _ => string.Create(CultureInfo.CurrentCulture, $"{days} days ago"),
    };

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

    public static string Trend(ThemeTrend trend) => trend switch
    {
        ThemeTrend.Rising => "coming up more",
        ThemeTrend.Steady => "steady",
        ThemeTrend.Fading => "coming up less",
    };
}

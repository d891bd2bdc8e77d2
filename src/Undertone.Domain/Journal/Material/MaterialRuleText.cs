using System.Globalization;

namespace Undertone.Domain.Journal.Material;

/// <summary>Plain words for a piece of session material's rule, for the recap page and the journal.</summary>
public static class MaterialRuleText
{
    /// <summary>What happens to session material with no rule.</summary>
    public const string NoRule = "No deletion rule: it stays until you delete it.";

    /// <summary>The promise shown wherever rules are: they cover records of the session, never the person's own words.</summary>
    public const string OwnWordsAreSafe =
        "A deletion rule covers records of the session: voice notes and “something my therapist said”. " +
        "It never deletes your own reflection.";

    /// <summary>For example "Deleted on Tuesday 8 December at 14:00", in the person's time zone (<paramref name="localOffset"/>).</summary>
    public static string Describe(MaterialRule? rule, DateTimeOffset now, TimeSpan localOffset, IFormatProvider? culture = null)
    {
        if (rule is null)
        {
            return NoRule;
        }

        culture ??= CultureInfo.InvariantCulture;
        return rule.StatusAt(now) switch
        {
            MaterialStatus.UntilReviewed => "Deleted when you mark this recap as reviewed.",
            MaterialStatus.UntilTherapyEnds => "Kept until you say therapy has ended (in Settings).",
            MaterialStatus.Due => "Due to be deleted now.",
            MaterialStatus.DueSoon => "Deleted within a day, " + When(rule, localOffset, culture) + ".",
            MaterialStatus.Scheduled => "Deleted on " + When(rule, localOffset, culture) + ".",
        };
    }

    private static string When(MaterialRule rule, TimeSpan localOffset, IFormatProvider culture) =>
        rule.DeleteAt is { } at ? at.ToOffset(localOffset).ToString("dddd d MMMM 'at' HH:mm", culture) : "";
}

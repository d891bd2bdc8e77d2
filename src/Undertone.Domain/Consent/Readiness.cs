using System.Text.RegularExpressions;

namespace Undertone.Domain.Consent;

/// <summary>The "be ready to explain" checklist and the self-check questions, and which items a message already covers.</summary>
public static partial class Readiness
{
    public static IReadOnlyList<ChecklistEntry> Checklist { get; } =
    [
        new(ChecklistItem.Why, "Why you'd like a record", "For example, to remember takeaways or to come back to a hard moment later."),
        new(ChecklistItem.Format, "Which format you're asking for", "A short recap or notes are often easier to agree to than full audio."),
        new(ChecklistItem.PersonalOnly, "Whether it's for your own reflection only", "Say so plainly if no one else would see it."),
        new(ChecklistItem.StorageAndAccess, "Where it would be kept and who could open it", "For example, only on your own device, just for you."),
        new(ChecklistItem.Sharing, "Whether you'd share it with anyone", "If you might, say who, or that you haven't decided yet."),
        new(ChecklistItem.Deletion, "When it would be deleted", "For example, once you've reviewed it, or after a set number of days."),
        new(ChecklistItem.TheirInput, "What you'd like their input or permission on", "Ask what they're comfortable with and what their policy allows."),
    ];

    public static IReadOnlyList<string> SelfCheckQuestions { get; } =
    [
        "What am I most afraid of losing after a session?",
        "Would a short recap be enough, or do I really need audio?",
        "Where would it be kept, and who could get to it?",
        "Is it just for me, for someone else, or have I not thought that through yet?",
        "How can I make it easy for my therapist to give me an honest answer?",
    ];

    /// <summary>The checklist items an ask already covers, in checklist order.</summary>
    public static IReadOnlyList<ChecklistItem> CoveredBy(ConsentAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var covered = new List<ChecklistItem>(7);
        if (ask.Reasons.Count > 0 || TextRules.Tidy(ask.CustomReason) is not null)
        {
            covered.Add(ChecklistItem.Why);
        }

        var formatChosen = ask.Format switch
        {
            RecordFormat.Audio or RecordFormat.Transcript or RecordFormat.ShortRecap or RecordFormat.TakeawaysTogether => true,
            RecordFormat.YourRecommendation => false,
        };
        if (formatChosen)
        {
            covered.Add(ChecklistItem.Format);
        }

        var useDecided = ask.Use switch
        {
            RecordUse.PersonalOnly or RecordUse.ShareWith => true,
            RecordUse.Undecided => false,
        };
        if (useDecided)
        {
            covered.Add(ChecklistItem.PersonalOnly);
        }

        // Storage, access and deletion are always stated, and the room for their answer is always there.
        covered.Add(ChecklistItem.StorageAndAccess);
        if (useDecided)
        {
            covered.Add(ChecklistItem.Sharing);
        }

        covered.Add(ChecklistItem.Deletion);
        covered.Add(ChecklistItem.TheirInput);
        return covered;
    }

    /// <summary>The checklist items a (possibly edited) message still mentions, in checklist order, as the check's rules see them.</summary>
    public static IReadOnlyList<ChecklistItem> CoveredBy(string text) => CoveredBy(text, MessageCheck.Run(text, MessageLength.Detailed));

    /// <summary>
    /// The checklist items a message still mentions, with the five parts taken from <paramref name="findings"/>, the
    /// check's findings for it (by rules or by meaning): the checklist and the findings never disagree.
    /// </summary>
    public static IReadOnlyList<ChecklistItem> CoveredBy(string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        var said = MessageCheck.Said(findings);
        var covered = new List<ChecklistItem>(7);
        AddIf(covered, ChecklistItem.Why, said.HasFlag(SentenceMeaning.Reason));
        AddIf(covered, ChecklistItem.Format, said.HasFlag(SentenceMeaning.Format));
        AddIf(covered, ChecklistItem.PersonalOnly, PersonalPresent().IsMatch(text));
        AddIf(covered, ChecklistItem.StorageAndAccess, said.HasFlag(SentenceMeaning.Privacy));
        AddIf(covered, ChecklistItem.Sharing, said.HasFlag(SentenceMeaning.Use));
        AddIf(covered, ChecklistItem.Deletion, DeletionPresent().IsMatch(text));
        AddIf(covered, ChecklistItem.TheirInput, said.HasFlag(SentenceMeaning.Room));
        return covered;
    }

    private static void AddIf(List<ChecklistItem> covered, ChecklistItem item, bool present)
    {
        if (present)
        {
            covered.Add(item);
        }
    }

    [GeneratedRegex(@"\b(just for me|only for me|for me alone|for myself|my own (use|reflection)|personal (reflection|use)|no one else|nobody else|haven['’]t decided)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PersonalPresent();

    [GeneratedRegex(@"\b(delete|deleted|deleting|erase|erased|get rid of|keep (it|them) (only )?until|kept until)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DeletionPresent();
}

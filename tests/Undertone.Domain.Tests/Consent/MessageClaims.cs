using System.Text.RegularExpressions;

namespace Undertone.Domain.Tests.Consent;

/// <summary>
/// Reads a composed message the way its reader would, collecting what it claims (who could open the record, who it
/// is shared with, where it lives, when it is deleted), and reports the first pair of claims that contradict each
/// other. Works from the text alone; the ask is used only for the words the person typed and the number of days.
/// </summary>
internal static partial class MessageClaims
{
    /// <summary>Null when the message is consistent, else what contradicts what.</summary>
    public static string? Contradiction(ConsentAsk ask, string text)
    {
        // Who besides me could open it: null when the message never says; "" when it says no one else.
        string? openers = null;
        var openersForNow = false;
        if (NoOneElse().Match(text) is { Success: true } none)
        {
            openers = "";
            openersForNow = none.Groups["fornow"].Success;
        }

        if (OnlySomeone().Match(text) is { Success: true } some)
        {
            if (openers is not null)
            {
                return "says both that no one else and that someone else could open it";
            }

            openers = some.Groups["who"].Value;
            openersForNow = some.Groups["fornow"].Success;
        }

        if (ShortFor().Match(text) is { Success: true } shortFor)
        {
            if (openers is not null)
            {
                return "says twice who could open it";
            }

            openers = shortFor.Groups["who"].Success ? shortFor.Groups["who"].Value : "";
            openersForNow = shortFor.Groups["fornow"].Success;
        }

        if (openers is null)
        {
            return "never says who could open it";
        }

        if (SamePersonTwice().Match(openers) is { Success: true } twice)
        {
            return $"names the same person twice: '{twice.Value}'";
        }

        // What the use part says about sharing.
        var shares = ShareWith().Matches(text);
        foreach (Match share in shares)
        {
            var who = share.Groups["who"].Value;
            if (openers.Length == 0)
            {
                return $"no one else could open it, yet it is shared with '{who}'";
            }

            if (!openers.Contains(who, StringComparison.Ordinal))
            {
                return $"only '{openers}' could open it, yet it is shared with '{who}'";
            }

            var exclusive = share.Groups["only"].Success || share.Groups["noone"].Success;
            if (exclusive && openers != who)
            {
                return $"shared with '{who}' and no one else, yet '{openers}' could open it";
            }
        }

        if (WouldNotShare().Match(text) is { Success: true } notShared)
        {
            if (shares.Count > 0)
            {
                return "says it would and wouldn't be shared";
            }

            var anyoneElse = notShared.Groups["else"].Success;
            if (anyoneElse == (openers.Length == 0))
            {
                return anyoneElse
                    ? "wouldn't share it with 'anyone else', but no one else was named"
                    : $"wouldn't share it with anyone, yet '{openers}' could open it";
            }
        }

        if (JustForMe().Match(text) is { Success: true } justForMe && openers.Length > 0)
        {
            return $"'{justForMe.Value}', yet '{openers}' could open it";
        }

        if (Undecided().IsMatch(text))
        {
            if (shares.Count > 0)
            {
                return "says it is shared and that sharing isn't decided";
            }

            if (!openersForNow)
            {
                return "sharing isn't decided, yet who could open it is said as final";
            }
        }
        else if (openersForNow)
        {
            return "says 'for now' about who could open it with nothing left open";
        }

        // Where it lives: said once, and never at odds with sharing or the cloud.
        var places = Places().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count();
        if (places != 1)
        {
            return $"names {places} places to keep it";
        }

        if (Encrypt().Count(text) > 1)
        {
            return "says encrypted more than once";
        }

        if (Uploaded().IsMatch(text) && (shares.Count > 0 || Undecided().IsMatch(text)))
        {
            return "nothing would be uploaded, yet it may be shared";
        }

        if (Offline().IsMatch(text) && Places().Match(text).Value.Contains("cloud", StringComparison.OrdinalIgnoreCase))
        {
            return "kept in the cloud, yet not online";
        }

        // How long: one deletion rule, with the chosen number of days.
        var deletions = Deletion().Matches(text);
        if (deletions.Count != 1)
        {
            return $"states {deletions.Count} deletion rules";
        }

        if (ask.Retention.Days is { } days && !deletions[0].Value.Contains($"after {days} day", StringComparison.Ordinal))
        {
            return $"deletion '{deletions[0].Value}' does not say {days} days";
        }

        // Part 5: both promises, once each.
        if (NoIsOkay().Count(text) != 1 || OpenTo().Count(text) != 1)
        {
            return "part 5 does not say exactly once that no is okay and that I'm open to other options";
        }

        // The reasons: short sentences, and the person's own reason as a whole sentence.
        var reasonPart = ScriptComposer.Compose(ask).Parts[0].Text;
        var custom = TextRules.Tidy(ask.CustomReason);
        foreach (var range in SentenceChanges.Sentences(reasonPart))
        {
            var sentence = reasonPart.Substring(range.Start, range.Length);
            var ours = TextRules.CountWords(sentence) - (custom is not null && sentence.Contains(custom[1..], StringComparison.Ordinal) ? TextRules.CountWords(custom) : 0);
            if (ours > MaxReasonSentenceWords)
            {
                return $"a reason sentence runs to {ours} of our words: '{sentence}'";
            }

            if (!char.IsUpper(sentence[0]))
            {
                return $"a reason sentence doesn't start as a sentence: '{sentence}'";
            }
        }

        if (Fragment().Match(reasonPart) is { Success: true } fragment)
        {
            return $"the person's reason reads as a fragment: '{fragment.Value}'";
        }

        return null;
    }

    /// <summary>No sentence of the reason part runs longer than this (the person's own words not counted).</summary>
    public const int MaxReasonSentenceWords = 18;

    [GeneratedRegex(@"(?<fornow>For now, )?[Nn]o one else could open (it|them)\.")]
    private static partial Regex NoOneElse();

    [GeneratedRegex(@"(?:(?<fornow>For now, a)|A)part from me, only (?<who>.+?) could open (it|them)\.")]
    private static partial Regex OnlySomeone();

    [GeneratedRegex(@"I'd keep (it|them) (on|in) [^,]+, (just for me|for me(,| and) (?<who>.+?))(?<fornow> for now)?, deleted")]
    private static partial Regex ShortFor();

    [GeneratedRegex(@"(?<name>\b\w[\w ]*\w) and \k<name>\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePersonTwice();

    [GeneratedRegex(@"(?<!(whether to|n't) )\bshare (it|them) (?<only>only )?with (?<who>.+?)(?<noone>,? (and|but) no one else)?(?<!\b(Dr|Mr|Mrs|Ms))\.")]
    private static partial Regex ShareWith();

    [GeneratedRegex(@"wouldn't share (it|them) with anyone(?<else> else)?\.")]
    private static partial Regex WouldNotShare();

    [GeneratedRegex(@"just for me|just for my own|for my own use only|personal reflection only")]
    private static partial Regex JustForMe();

    [GeneratedRegex(@"haven't decided")]
    private static partial Regex Undecided();

    [GeneratedRegex(@"on my (own )?device|encrypted app|cloud account")]
    private static partial Regex Places();

    [GeneratedRegex(@"encrypt", RegexOptions.IgnoreCase)]
    private static partial Regex Encrypt();

    [GeneratedRegex(@"uploaded anywhere")]
    private static partial Regex Uploaded();

    [GeneratedRegex(@"online")]
    private static partial Regex Offline();

    [GeneratedRegex(@"\bdelete(d)? [^.,]+")]
    private static partial Regex Deletion();

    [GeneratedRegex(@"(?i)\bno is (okay|a fine answer)|okay to say no|a no is fine")]
    private static partial Regex NoIsOkay();

    [GeneratedRegex(@"open to (other|alternatives)")]
    private static partial Regex OpenTo();

    [GeneratedRegex(@"(?i)in my own words:|: (so|because|since|as|to|for)\b")]
    private static partial Regex Fragment();
}

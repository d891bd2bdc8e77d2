using System.Text.RegularExpressions;

namespace Undertone.Domain.Consent;

/// <summary>
/// A gentle check of a message (composed or edited): over-apologising, over-explaining, legal arguments, pressure,
/// anything that sounds like recording without asking, and any of the five parts gone missing.
/// Pure and deterministic; findings come back in the order they appear in the text, missing parts last.
/// </summary>
public static class MessageCheck
{
    public const int MaxTextLength = 10_000;

    /// <summary>How many words past the length's own limit a message can run (room for names and the user's own words).</summary>
    public const int ExtraWordsAllowed = 100;

    /// <summary>How many justifications ("because", "that's why", "I just want"…) make a message feel over-explained.</summary>
    public const int JustificationsAllowed = 3;

    private static readonly Rule[] Rules =
    [
        new(MessagePatterns.SecretRecording(), FindingKind.SecretRecording, FindingSeverity.Serious, SkipWhenNegated: true,
            "This sounds like recording without a clear yes, which can break trust and, in some places, the law; only record with their agreement.",
            null),
        new(MessagePatterns.PressureINeed(), FindingKind.Pressure, FindingSeverity.Warning, SkipWhenNegated: true,
            "Saying you have to can sound like the decision is made; asking leaves them room to answer honestly.",
            "I'd like to"),
        new(MessagePatterns.PressureOnThem(), FindingKind.Pressure, FindingSeverity.Warning, SkipWhenNegated: true,
            "Telling them what they have to do can feel like pressure; an invitation is easier to answer honestly.",
            "would you be willing to"),
        new(MessagePatterns.PressureOther(), FindingKind.Pressure, FindingSeverity.Warning, SkipWhenNegated: true,
            "This can read as a demand, which makes an honest answer harder; try asking what would work for them.",
            null),
        new(MessagePatterns.LegalArgument(), FindingKind.LegalArgument, FindingSeverity.Warning, SkipWhenNegated: true,
            "Pointing to the law or your rights can turn a conversation into a dispute; asking what they're comfortable with keeps it a conversation.",
            null),
        new(MessagePatterns.ApologyForAsking(), FindingKind.Apology, FindingSeverity.Info, SkipWhenNegated: false,
            "Asking for what helps you is reasonable, so there's no need to apologise for it.",
            "I'd like to ask"),
        new(MessagePatterns.ApologyOther(), FindingKind.Apology, FindingSeverity.Info, SkipWhenNegated: false,
            "Your request is a normal one; you don't need to apologise for it or call it strange.",
            null),
        new(MessagePatterns.Defensive(), FindingKind.OverExplaining, FindingSeverity.Info, SkipWhenNegated: false,
            "You don't need to defend yourself; wanting to remember your sessions is reason enough.",
            null),
    ];

    /// <summary>Checks <paramref name="text"/> as a message of the given length.</summary>
    public static IReadOnlyList<Finding> Run(string text, MessageLength length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = ScriptComposer.WordLimit(length);
        var findings = new List<Finding>();

        foreach (var rule in Rules)
        {
            var lastEnd = -1;
            foreach (var match in rule.Pattern.EnumerateMatches(text))
            {
                if (match.Index < lastEnd || (rule.SkipWhenNegated && IsNegated(text, match.Index)) || Overlaps(findings, match.Index, match.Length))
                {
                    continue;
                }

                lastEnd = match.Index + match.Length;
                findings.Add(new Finding(rule.Kind, rule.Severity, match.Index, match.Length, rule.Message, rule.Suggestion));
            }
        }

        AddJustifications(text, findings);
        var words = TextRules.CountWords(text);
        if (words > limit + ExtraWordsAllowed)
        {
            var (start, end) = Trimmed(text);
            findings.Add(new Finding(FindingKind.OverExplaining, FindingSeverity.Info, start, end - start,
                LengthMessage(length),
                null));
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));

        AddIfMissing(findings, text, MessagePatterns.ReasonPresent(), FindingKind.MissingReason, FindingSeverity.Warning,
            "The message doesn't say why you'd like a record, which is what helps them say yes.",
            "I'd like a way to remember what we work on between sessions.");
        AddIfMissing(findings, text, MessagePatterns.FormatPresent(), FindingKind.MissingFormat, FindingSeverity.Warning,
            "It doesn't say what kind of record you have in mind, such as a short recap or audio.",
            "I'm thinking of a short written recap, not a recording.");
        AddIfMissing(findings, text, MessagePatterns.PrivacyPresent(), FindingKind.MissingPrivacy, FindingSeverity.Warning,
            "It doesn't say where the record would live or how long you'd keep it.",
            "I'd keep it only on my own device and delete it once I've reviewed it.");
        AddIfMissing(findings, text, MessagePatterns.UsePresent(), FindingKind.MissingUse, FindingSeverity.Info,
            "It doesn't say whether the record is just for you or would be shared.",
            "It would be for my personal reflection only.");
        AddIfMissing(findings, text, MessagePatterns.RoomPresent(), FindingKind.MissingRoom, FindingSeverity.Warning,
            "It no longer asks what they're comfortable with, so it may read as a decision rather than a question.",
            "What are you comfortable with, and what does your policy allow? It's okay to say no.");
        return findings;
    }

    private static string LengthMessage(MessageLength length) => length switch
    {
        MessageLength.Short => "This is much longer than a short message; a shorter one is easier to read and answer.",
        MessageLength.Standard => "This runs long for a standard message; trimming it makes it easier to read and answer.",
        MessageLength.Detailed => "This is long even for a detailed message; a few fewer sentences will make it easier to answer.",
    };

    private static void AddJustifications(string text, List<Finding> findings)
    {
        var count = 0;
        var first = -1;
        var lastEnd = -1;
        foreach (var match in MessagePatterns.Justification().EnumerateMatches(text))
        {
            count++;
            if (first < 0)
            {
                first = match.Index;
            }

            lastEnd = match.Index + match.Length;
        }

        if (count > JustificationsAllowed)
        {
            findings.Add(new Finding(FindingKind.OverExplaining, FindingSeverity.Info, first, lastEnd - first,
                "There are a lot of justifications here; one clear reason is usually enough.",
                null));
        }
    }

    private static void AddIfMissing(List<Finding> findings, string text, Regex present, FindingKind kind, FindingSeverity severity, string message, string suggestion)
    {
        if (!present.IsMatch(text))
        {
            findings.Add(new Finding(kind, severity, 0, 0, message, suggestion));
        }
    }

    /// <summary>True when "not", "never" or a "-n't" word comes earlier in the same clause ("I would never record without asking").</summary>
    private static bool IsNegated(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or ',' or ';'))
        {
            start--;
        }

        return MessagePatterns.Negation().IsMatch(text.AsSpan(start, index - start));
    }

    private static bool Overlaps(List<Finding> findings, int start, int length)
    {
        foreach (var finding in findings)
        {
            if (start < finding.Start + finding.Length && finding.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Trimmed(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private sealed record Rule(Regex Pattern, FindingKind Kind, FindingSeverity Severity, bool SkipWhenNegated, string Message, string? Suggestion);
}

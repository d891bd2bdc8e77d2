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

    /// <summary>
    /// How many words past the length's own limit a message can run: room for names and a few words of the person's
    /// own. When the ask is known, its names and own reason are allowed for instead, if they are longer.
    /// </summary>
    public const int RoomForNames = 25;

    /// <summary>How many justifications ("because", "that's why", "I just want"…) make a message feel over-explained.</summary>
    public const int JustificationsAllowed = 3;

    private const string SecretMessage =
        "This sounds like recording without a clear yes, which can break trust and, in some places, the law; only record with their agreement.";

    private const string ApologyMessage = "Your request is a normal one; you don't need to apologise for it or call it strange.";

    private const string LegalMessage =
        "Pointing to the law or your rights can turn a conversation into a dispute; asking what they're comfortable with keeps it a conversation.";

    private const string DefensiveMessage = "You don't need to defend yourself; wanting to remember your sessions is reason enough.";

    private const string PressureMessage = "This can read as a demand, which makes an honest answer harder; try asking what would work for them.";

    // Each rule's pattern runs only on the sentences that contain one of its trigger words, found with one fast,
    // case-insensitive multi-string search. A finding is about a sentence of the request, so nothing is lost,
    // and a 2,000-character message costs a few short scans instead of a dozen full ones.
    /// <summary>The meanings that stand for the five parts.</summary>
    public const SentenceMeaning FiveParts = SentenceMeaning.Reason | SentenceMeaning.Format | SentenceMeaning.Privacy | SentenceMeaning.Use | SentenceMeaning.Room;

    /// <summary>What a meaning judge can find in a sentence, and what the check then says (the rules' own words).</summary>
    private static readonly (FindingKind Kind, FindingSeverity Severity, string Message)[] MeaningFindings =
    [
        (FindingKind.SecretRecording, FindingSeverity.Serious, SecretMessage),
        (FindingKind.Pressure, FindingSeverity.Warning, PressureMessage),
        (FindingKind.LegalArgument, FindingSeverity.Warning, LegalMessage),
        (FindingKind.Apology, FindingSeverity.Info, ApologyMessage),
        (FindingKind.OverExplaining, FindingSeverity.Info, DefensiveMessage),
    ];

    private static readonly Rule[] Rules =
    [
        new(MessagePatterns.SecretlyRecording(), ["secretly", "quietly", "covertly", "discreetly", "sneakily", "hidden", "bag", "pocket", "purse", "backpack", "coat", "jacket", "sleeve", "lap"],
            FindingKind.SecretRecording, FindingSeverity.Serious, skipWhenNegated: true, SecretMessage),
        new(MessagePatterns.RecordingAnyway(), ["anyway", "regardless", "either", "matter", "without"],
            FindingKind.SecretRecording, FindingSeverity.Serious, skipWhenNegated: true, SecretMessage),
        new(MessagePatterns.RegardlessOfThem(), ["know", "notice", "even", "whether", "if"],
            FindingKind.SecretRecording, FindingSeverity.Serious, skipWhenNegated: true, SecretMessage),
        new(MessagePatterns.AlreadyRecording(), ["recording", "taping", "recorded", "taped"],
            FindingKind.SecretRecording, FindingSeverity.Serious, skipWhenNegated: true, SecretMessage),
        new(MessagePatterns.PressureINeed(), ["have", "must", "need"],
            FindingKind.Pressure, FindingSeverity.Warning, skipWhenNegated: true,
            "Saying you have to can sound like the decision is made; asking leaves them room to answer honestly."),
        new(MessagePatterns.PressureOnThem(), ["need", "have", "must", "got", "you've"],
            FindingKind.Pressure, FindingSeverity.Warning, skipWhenNegated: true,
            "Telling them what they have to do can feel like pressure; an invitation is easier to answer honestly."),
        new(MessagePatterns.PressureOther(), ["insist", "negotiable", "nonnegotiable", "optional", "won't", "expect", "require", "option", "choice", "please", "can't", "cannot", "answer", "need", "want"],
            FindingKind.Pressure, FindingSeverity.Warning, skipWhenNegated: true, PressureMessage),
        new(MessagePatterns.LegalArgument(), ["legally", "allowed", "entitled", "permitted", "law", "right", "rights", "party", "HIPAA", "GDPR", "lawyer", "attorney"],
            FindingKind.LegalArgument, FindingSeverity.Warning, skipWhenNegated: true, LegalMessage),
        new(MessagePatterns.ApologyForAsking(), ["sorry"],
            FindingKind.Apology, FindingSeverity.Info, skipWhenNegated: false,
            "Asking for what helps you is reasonable, so there's no need to apologise for it."),
        new(MessagePatterns.ApologyOther(), ["sorry", "apologise", "apologize", "apologies", "weird", "strange", "odd", "awkward", "unusual", "lot", "much", "ask", "silly", "stupid", "rude", "problem", "bother", "annoying", "offensive", "forgive", "feel"],
            FindingKind.Apology, FindingSeverity.Info, skipWhenNegated: false, ApologyMessage),
        new(MessagePatterns.Defensive(), ["promise", "swear", "trust", "believe", "trying", "mean"],
            FindingKind.OverExplaining, FindingSeverity.Info, skipWhenNegated: false, DefensiveMessage),
    ];

    private static readonly PartDetector ReasonPart = new(MessagePatterns.ReasonPresent(), 12,
        ["remember", "remembering", "reflect", "reflecting", "hold", "track", "notice", "pattern", "patterns", "revisit", "come", "forget", "forgetting", "memory", "why", "because", "can", "help", "helps", "keep", "asking"],
        new(FindingKind.MissingReason, FindingSeverity.Warning, 0, 0,
            "The message doesn't say why you'd like a record, which is what helps them say yes.",
            "I'd like a way to remember what we work on between sessions."));

    private static readonly PartDetector FormatPart = new(MessagePatterns.FormatPresent(), 13,
        ["record", "recording", "recorded", "records", "audio", "transcript", "transcripts", "recap", "recaps", "summary", "summaries", "summarise", "summarize", "note", "notes", "takeaways", "write", "written", "format", "voice", "worksheet"],
        new(FindingKind.MissingFormat, FindingSeverity.Warning, 0, 0,
            "It doesn't say what kind of record you have in mind, such as a short recap or audio.",
            "I'm thinking of a short written recap, not a recording."));

    private static readonly PartDetector PrivacyPart = new(MessagePatterns.PrivacyPresent(), 14,
        ["device", "phone", "laptop", "computer", "tablet", "app", "cloud", "store", "stored", "storing", "save", "saved", "delete", "deleted", "deleting", "encrypted", "encryption", "folder", "drive", "notebook", "password", "kept", "keep"],
        new(FindingKind.MissingPrivacy, FindingSeverity.Warning, 0, 0,
            "It doesn't say where the record would live or how long you'd keep it.",
            "I'd keep it only on my own device and delete it once I've reviewed it."));

    private static readonly PartDetector UsePart = new(MessagePatterns.UsePresent(), 15,
        ["just", "only", "alone", "myself", "own", "personal", "share", "shared", "sharing", "one", "nobody", "anyone", "haven't", "sure", "undecided"],
        new(FindingKind.MissingUse, FindingSeverity.Info, 0, 0,
            "It doesn't say whether the record is just for you or would be shared.",
            "It would be for my personal reflection only."));

    private static readonly PartDetector RoomPart = new(MessagePatterns.RoomPresent(), 16,
        ["comfortable", "policy", "think", "thoughts", "feel", "okay", "would", "let", "answer", "view", "fine", "no", "say", "practice", "whatever", "take", "problem", "up", "call"],
        new(FindingKind.MissingRoom, FindingSeverity.Warning, 0, 0,
            "It no longer asks what they're comfortable with, so it may read as a decision rather than a question.",
            "What are you comfortable with, and what does your policy allow? It's okay to say no."));

    /// <summary>The five parts, in the message's order: rules 12 to 16, and the order their "missing" findings are listed in.</summary>
    private static readonly PartDetector[] Parts = [ReasonPart, FormatPart, PrivacyPart, UsePart, RoomPart];

    private const int JustificationRule = 11;

    private static readonly string[] JustificationTriggers = ["because", "so", "reason", "why", "that's", "just", "only", "honest", "honestly"];

    // Rules 0-10 are the phrase rules, 11 counts justifications and 12-16 find the five parts.
    private static readonly TriggerIndex Index = Rules.Length != JustificationRule
        ? throw new InvalidOperationException("The rule numbers no longer line up with the rules.")
        : new(
    [
        .. Rules.Select(rule => rule.Triggers),
        JustificationTriggers,
        .. Parts.Select(part => part.Triggers),
    ]);

    /// <summary>
    /// Checks <paramref name="text"/>, written from <paramref name="ask"/>: its length, its tone, and its own names and
    /// reason; with <paramref name="meaning"/>, by meaning too.
    /// </summary>
    public static IReadOnlyList<Finding> Run(string text, ConsentAsk ask, IMeaningJudge? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return Run(text, ask.Length, ask.Tone, ask.OwnWordCount(), meaning);
    }

    /// <summary>
    /// Checks <paramref name="text"/> as a message of the given length and tone (the tone of the sentences it
    /// suggests). <paramref name="ownWords"/>: words of the person's own (names, their own reason) the length's limit
    /// doesn't count, when they are more than <see cref="RoomForNames"/>. <paramref name="meaning"/>: a judge of each
    /// sentence's meaning, which decides what each sentence is flagged for and which parts the message has; a rule's
    /// finding stands only where the judge agrees (and keeps the rule's own rewrite).
    /// </summary>
    public static IReadOnlyList<Finding> Run(string text, MessageLength length, Tone tone = Tone.Neutral, int ownWords = 0, IMeaningJudge? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = ScriptComposer.WordLimit(length) + Math.Max(RoomForNames, ownWords);
        var findings = new List<Finding>();
        var sentences = Index.Sentences(text, everySentence: meaning is not null);
        var meanings = meaning is null ? [] : Judged(text, sentences, meaning);

        for (var r = 0; r < Rules.Length; r++)
        {
            var rule = Rules[r];
            for (var s = 0; s < sentences.Count; s++)
            {
                var (start, end, rules) = sentences[s];

                // With a judge, which read the rules' verdict too, the judge has the last word.
                if ((rules & (1u << r)) == 0 || (meaning is not null && !meanings[s].Meaning.HasFlag(Flag(rule.Kind))))
                {
                    continue;
                }

                foreach (var match in rule.Pattern.EnumerateMatches(text.AsSpan(start, end - start)))
                {
                    var index = start + match.Index;
                    if (rule.SkipWhenNegated && IsNegated(text, index))
                    {
                        continue;
                    }

                    AddSentenceFinding(findings, text, start, end, index, index + match.Length, rule.Kind, rule.Severity, rule.Message, tone);
                }
            }
        }

        foreach (var (start, end, said) in meanings)
        {
            foreach (var (kind, severity, message) in MeaningFindings)
            {
                if (said.HasFlag(Flag(kind)))
                {
                    AddSentenceFinding(findings, text, start, end, start, end, kind, severity, message, tone);
                }
            }
        }

        AddJustifications(text, sentences, findings);
        if (TextRules.CountWords(text) > limit)
        {
            var (start, end) = Trimmed(text, 0, text.Length);
            findings.Add(new Finding(FindingKind.OverExplaining, FindingSeverity.Info, start, end - start,
                LengthMessage(length),
                null));
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));

        foreach (var part in Parts)
        {
            // With a judge of meaning, the parts are its to see: their words alone ("phone", "keep") say too little.
            if (meaning is null ? !Mentions(text, sentences, part) : !meanings.Exists(m => m.Meaning.HasFlag(Flag(part.Missing.Kind))))
            {
                findings.Add(part.Missing);
            }
        }

        return findings;
    }

    /// <summary>What a check's findings say a text does: the findings it deserves, and the parts it is not missing.</summary>
    public static SentenceMeaning Said(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var said = FiveParts;
        foreach (var finding in findings)
        {
            var meaning = Flag(finding.Kind);
            said = (meaning & FiveParts) != 0 ? said & ~meaning : said | meaning;
        }

        return said;
    }

    /// <summary>Every sentence of <paramref name="text"/> that has a word, trimmed: what a meaning judge is asked about.</summary>
    public static IReadOnlyList<TextRange> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Index.Sentences(text, everySentence: true).Select(s => Trimmed(text, s.Start, s.End)).Select(s => new TextRange(s.Start, s.End - s.Start))];
    }

    private static List<(int Start, int End, SentenceMeaning Meaning)> Judged(string text, List<(int Start, int End, uint Rules)> sentences, IMeaningJudge meaning)
    {
        var judged = new List<(int Start, int End, SentenceMeaning Meaning)>(sentences.Count);
        foreach (var (start, end, _) in sentences)
        {
            var (from, to) = Trimmed(text, start, end);
            judged.Add((from, to, meaning.Judge(text.AsSpan(from, to - from))));
        }

        return judged;
    }

    /// <summary>The meaning that stands for a finding, or for the part a "missing" finding is about.</summary>
    private static SentenceMeaning Flag(FindingKind kind) => kind switch
    {
        FindingKind.SecretRecording => SentenceMeaning.SecretRecording,
        FindingKind.Apology => SentenceMeaning.Apology,
        FindingKind.Pressure => SentenceMeaning.Pressure,
        FindingKind.LegalArgument => SentenceMeaning.LegalArgument,
        FindingKind.OverExplaining => SentenceMeaning.OverExplaining,
        FindingKind.MissingReason => SentenceMeaning.Reason,
        FindingKind.MissingFormat => SentenceMeaning.Format,
        FindingKind.MissingPrivacy => SentenceMeaning.Privacy,
        FindingKind.MissingUse => SentenceMeaning.Use,
        FindingKind.MissingRoom => SentenceMeaning.Room,
    };

    /// <summary>
    /// A finding about the sentence from <paramref name="start"/> to <paramref name="end"/>, which its suggestion
    /// replaces; one finding of each kind per sentence. A very long sentence is pointed at where the words are
    /// (<paramref name="matchStart"/> to <paramref name="matchEnd"/>), with no rewrite.
    /// </summary>
    private static void AddSentenceFinding(List<Finding> findings, string text, int start, int end, int matchStart, int matchEnd,
        FindingKind kind, FindingSeverity severity, string message, Tone tone)
    {
        var (sentenceStart, sentenceEnd) = Trimmed(text, start, end);
        var rewrite = TextRules.CountWords(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)) <= FindingSuggestions.MaxWordsToRewrite;
        var (from, to) = rewrite ? (sentenceStart, sentenceEnd) : (matchStart, matchEnd);
        if (Overlaps(findings, kind, from, to - from))
        {
            return;
        }

        var suggestion = rewrite ? FindingSuggestions.For(kind, text, sentenceStart, sentenceEnd, matchStart, matchEnd, tone) : null;
        findings.Add(new Finding(kind, severity, from, to - from, message, suggestion));
    }

    private static string LengthMessage(MessageLength length) => length switch
    {
        MessageLength.Short => "This is longer than a short message; a shorter one is easier to read and answer.",
        MessageLength.Standard => "This runs long for a standard message; trimming it makes it easier to read and answer.",
        MessageLength.Detailed => "This is long even for a detailed message; a few fewer sentences will make it easier to answer.",
    };

    private static void AddJustifications(string text, List<(int Start, int End, uint Rules)> sentences, List<Finding> findings)
    {
        var count = 0;
        var first = -1;
        var lastEnd = -1;
        foreach (var (start, end, rules) in sentences)
        {
            if ((rules & (1u << JustificationRule)) == 0)
            {
                continue;
            }

            foreach (var match in MessagePatterns.Justification().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                count++;
                if (first < 0)
                {
                    first = start + match.Index;
                }

                lastEnd = start + match.Index + match.Length;
            }
        }

        if (count > JustificationsAllowed)
        {
            findings.Add(new Finding(FindingKind.OverExplaining, FindingSeverity.Info, first, lastEnd - first,
                "That's a lot of reasons in one message; one clear reason is usually enough.",
                null));
        }
    }

    private static bool Mentions(string text, List<(int Start, int End, uint Rules)> sentences, PartDetector part)
    {
        foreach (var (start, end, rules) in sentences)
        {
            if ((rules & (1u << part.RuleNumber)) != 0 && part.Pattern.IsMatch(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
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

    private static bool Overlaps(List<Finding> findings, FindingKind kind, int start, int length)
    {
        foreach (var finding in findings)
        {
            if (finding.Kind == kind && start < finding.Start + finding.Length && finding.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
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

    private sealed class Rule(Regex pattern, string[] triggers, FindingKind kind, FindingSeverity severity, bool skipWhenNegated, string message)
    {
        public Regex Pattern { get; } = pattern;

        public string[] Triggers { get; } = triggers;

        public FindingKind Kind { get; } = kind;

        public FindingSeverity Severity { get; } = severity;

        public bool SkipWhenNegated { get; } = skipWhenNegated;

        public string Message { get; } = message;
    }

    /// <summary>Finds whether a message mentions one of the five parts: trigger words, then a pattern on their sentence.</summary>
    private sealed class PartDetector(Regex pattern, int ruleNumber, string[] triggers, Finding missing)
    {
        public Regex Pattern { get; } = pattern;

        public int RuleNumber { get; } = ruleNumber;

        public string[] Triggers { get; } = triggers;

        /// <summary>What the check says when a message no longer mentions this part.</summary>
        public Finding Missing { get; } = missing;
    }
}

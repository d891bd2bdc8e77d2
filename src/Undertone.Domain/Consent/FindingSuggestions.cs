namespace Undertone.Domain.Consent;

/// <summary>
/// A whole sentence to use instead of one the check flagged: it asks about the same kind of record the message is
/// about, in the message's tone, and says nothing the check would flag. An apology that only opens a sentence
/// ("Sorry to ask, but could we…") is simply dropped, keeping the person's own question.
/// </summary>
internal static class FindingSuggestions
{
    /// <summary>Sentences longer than this are the person's own long thoughts: the check points at them but offers no rewrite.</summary>
    public const int MaxWordsToRewrite = 40;

    public static string For(FindingKind kind, string text, int sentenceStart, int sentenceEnd, int matchStart, int matchEnd, Tone tone)
    {
        var about = About(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), text);
        return kind switch
        {
            FindingKind.Apology => WithoutLeadingApology(text, sentenceStart, matchStart, matchEnd, sentenceEnd) ?? InTone(tone,
                warm: $"I'd love to ask you about {about.Noun}.",
                neutral: $"I'd like to ask you about {about.Noun}.",
                direct: $"I have a question about {about.Noun}."),
            FindingKind.Pressure => InTone(tone,
                warm: $"Would you be open to {about.Noun}, if it feels right to you?",
                neutral: $"Would you be open to {about.Noun}?",
                direct: $"Are you open to {about.Noun}?"),
            FindingKind.LegalArgument => InTone(tone,
                warm: "What matters most to me is what you're comfortable with.",
                neutral: "I'd rather ask what you're comfortable with than point to any rules.",
                direct: "I'm asking what you're comfortable with."),
            FindingKind.SecretRecording => InTone(tone,
                warm: $"I would only {about.Verb} with your agreement, and I'll respect your answer either way.",
                neutral: $"I would only {about.Verb} with your agreement, and I'll respect your answer.",
                direct: $"I will only {about.Verb} if you agree."),
            FindingKind.OverExplaining => InTone(tone,
                warm: "I'm asking because it would really help me remember our work.",
                neutral: "I'm asking because it would help me remember our work.",
                direct: "It would help me remember our work."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a flagged sentence can be rewritten."),
        };
    }

    private static string InTone(Tone tone, string warm, string neutral, string direct) => tone switch
    {
        Tone.Warm => warm,
        Tone.Neutral => neutral,
        Tone.Direct => direct,
    };

    /// <summary>
    /// The person's own sentence without its apology: "Sorry to ask, but could we talk about this?" becomes "Could we
    /// talk about this?", and "I'm so sorry to ask about this." becomes "I'd like to ask about this." Words before the
    /// apology ("Hi, ") stay. Null when nothing natural is left.
    /// </summary>
    private static string? WithoutLeadingApology(string text, int sentenceStart, int matchStart, int matchEnd, int sentenceEnd)
    {
        var before = text[sentenceStart..matchStart];
        var apology = text.AsSpan(matchStart, matchEnd - matchStart);
        var rest = text.AsSpan(matchEnd, sentenceEnd - matchEnd).TrimEnd();
        string candidate;
        if (rest.Length > 0 && char.IsLetter(rest.TrimStart()[0]) && rest[0] == ' '
            && LastWord(apology) is "ask" or "bring" or "raise" or "mention")
        {
            candidate = $"I'd like to {LastWord(apology)}{rest}";
        }
        else
        {
            // "Sorry to bother you, but would…": the apology's own words run up to its "but".
            var but = rest.IndexOf(", but ", StringComparison.OrdinalIgnoreCase);
            if (but is >= 0 and <= 30)
            {
                rest = rest[(but + 2)..];
            }

            rest = rest.TrimStart(" ,;:–—-");
            foreach (var joiner in (ReadOnlySpan<string>)["but ", "and "])
            {
                if (rest.StartsWith(joiner, StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[joiner.Length..].TrimStart();
                }
            }

            if (TextRules.CountWords(rest) < 3)
            {
                return null;
            }

            candidate = before.Length > 0 ? rest.ToString() : char.ToUpperInvariant(rest[0]) + rest[1..].ToString();
        }

        candidate = before + candidate;

        return candidate[^1] is '.' or '?' or '!' && !Flagged(candidate) ? candidate : null;

        static string LastWord(ReadOnlySpan<char> words) => words[(words.LastIndexOf(' ') + 1)..].ToString().ToLowerInvariant();
    }

    private static bool Flagged(string sentence) => MessageCheck.Run(sentence, MessageLength.Detailed).Any(f => f.Length > 0);

    /// <summary>What the message asks for, from the flagged sentence first and then the whole message; a written recap before a recording, as "a recap, not a recording" means.</summary>
    private static Record About(ReadOnlySpan<char> sentence, string text)
    {
        return Find(sentence) ?? Find(text) ?? new("keeping a record of our sessions", "keep a record of our sessions");

        static Record? Find(ReadOnlySpan<char> words)
        {
            if (words.Contains("transcript", StringComparison.OrdinalIgnoreCase))
            {
                return new("keeping a transcript of our sessions", "keep a transcript of our sessions");
            }

            foreach (var word in (ReadOnlySpan<string>)["recap", "summary", "summaries", "notes", "written"])
            {
                if (words.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return new("keeping a short written recap of our sessions", "keep a written recap of our sessions");
                }
            }

            if (words.Contains("takeaways together", StringComparison.OrdinalIgnoreCase))
            {
                return new("naming the main takeaways together at the end", "write down the takeaways we name together");
            }

            foreach (var word in (ReadOnlySpan<string>)["record", "audio", "tape", "taping"])
            {
                if (words.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return new("recording our sessions", "record our sessions");
                }
            }

            return null;
        }
    }

    private sealed record Record(string Noun, string Verb);
}

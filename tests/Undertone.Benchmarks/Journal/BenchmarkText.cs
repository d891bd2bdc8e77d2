namespace Undertone.Benchmarks.Journal;

/// <summary>Journal-like text for the benchmarks' seeded journals: everyday words, one in four a random filler word.</summary>
internal static class BenchmarkText
{
    /// <summary>
    /// A small vocabulary of everyday therapy-journal words; with generated filler words the text has a realistic mix
    /// of common and rare words.
    /// </summary>
    public static readonly string[] EverydayWords =
    [
        "work", "sleep", "family", "mother", "father", "sister", "brother", "friend", "partner", "anxiety", "worry",
        "guilt", "shame", "anger", "sad", "tired", "calm", "boundaries", "saying", "no", "yes", "feel", "felt", "talked",
        "about", "the", "a", "and", "I", "my", "we", "to", "of", "in", "that", "it", "was", "is", "again", "week",
        "today", "night", "morning", "panic", "breathing", "walk", "rest", "job", "deadline", "help", "asked", "kind",
        "voice", "inner", "critic", "childhood", "school", "memory", "body", "tense", "relief", "hope", "small", "step",
        "homework", "notebook", "journal", "routine", "food", "weekend", "holiday", "visit", "call", "message", "trust",
    ];

    /// <summary><paramref name="words"/> words from <paramref name="commonWords"/> and filler; one of them "lighthouse" when <paramref name="plant"/>.</summary>
    public static string Sentence(Random random, IReadOnlyList<string> commonWords, int words, bool plant)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = random.Next(4) == 0 ? Filler(random) : commonWords[random.Next(commonWords.Count)];
        }

        if (plant)
        {
            parts[random.Next(words)] = "lighthouse";
        }

        return string.Join(' ', parts);
    }

    private static string Filler(Random random)
    {
        Span<char> chars = stackalloc char[5 + random.Next(5)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }
}

namespace Undertone.Benchmarks.Journal;

/// <summary>Journal-like text for the benchmarks' seeded journals: everyday words, one in four a random filler word.</summary>
internal static class BenchmarkText
{
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

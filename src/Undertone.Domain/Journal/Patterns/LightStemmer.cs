namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// A small, predictable stemmer for English plurals and possessives, so "boundary", "boundaries" and
/// "boundary's" count as one word. The stem is only a key for counting: people always see a word as they
/// wrote it. Rules, in order, on a lower-case word:
/// drop a final "'s" or "'"; drop a final "s" unless the word ends in "ss", "us" or "is" or has three letters
/// or fewer; then drop a final "e" and turn a final "y" into "i" (words of four letters or more), so
/// "houses"/"house" and "worries"/"worry" meet.
/// </summary>
public static class LightStemmer
{
    /// <summary>The stem of one word (any case).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > TextTokenizer.MaxTokenLength)
        {
            return word.ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[word.Length];
        var normalized = TextTokenizer.Normalize(word, buffer);
        return new string(StemInPlace(buffer[..normalized.Length]));
    }

    /// <summary>Stems an already lower-cased, apostrophe-straightened word in place; returns the stem.</summary>
    internal static Span<char> StemInPlace(Span<char> word)
    {
        if (word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        else if (word.Length > 1 && word[^1] == '\'')
        {
            word = word[..^1];
        }

        if (word.Length > 3
            && word[^1] == 's'
            && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        if (word.Length > 3 && word[^1] == 'e')
        {
            word = word[..^1];
        }

        if (word.Length > 3 && word[^1] == 'y')
        {
            word[^1] = 'i';
        }

        return word;
    }
}

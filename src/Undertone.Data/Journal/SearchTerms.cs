using System.Text;

namespace Undertone.Data.Journal;

/// <summary>
/// Turns what the user typed into the parts of an FTS5 expression. Every word must match, each as a word start
/// ("thera" finds "therapy"), and nothing typed is ever read as FTS5 syntax: each word becomes quoted terms.
/// </summary>
/// <remarks>
/// FTS5 matches a word start by reading the whole list of entries of every stored word that starts with it, on
/// every query, which is what made a search for two common words slow on a big journal. So a word of
/// <see cref="LookUpMinLength"/> or more plain letters and digits is first looked up in the
/// <c>JournalSearchTerms</c> vocabulary (<see cref="LookUpRange"/>) and matched as "any of these stored words"
/// (<see cref="AnyOf"/>). Shorter words use the table's prefix index, and words in other scripts keep FTS5's own
/// prefix match (<see cref="Prefix"/>), because only FTS5 knows how its tokenizer folds them.
/// </remarks>
public static class SearchTerms
{
    /// <summary>Words after this many are ignored.</summary>
    public const int MaxTerms = 12;

    /// <summary>A word that starts this many stored words or more is left to FTS5's own prefix match.</summary>
    public const int MaxLookedUpWords = 50;

    /// <summary>Shorter words are matched through the FTS5 table's prefix index (<c>prefix = '2 3'</c>).</summary>
    public const int LookUpMinLength = 4;

    private const int MaxTermLength = 100;

    /// <summary>
    /// The words to search for: split on white space (control characters count as white space, so a NUL in a
    /// pasted link cannot end the FTS5 string early), without words that have no letter or digit, at most
    /// <see cref="MaxTerms"/> words of at most 100 characters.
    /// </summary>
    public static IReadOnlyList<string> Split(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var spaced = string.Create(query.Length, query, static (span, q) =>
            {
                for (var i = 0; i < q.Length; i++)
                {
                    span[i] = char.IsControl(q[i]) ? ' ' : q[i];
                }
            });
        return spaced
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Take(MaxTerms)
            .Select(t => t.Length > MaxTermLength ? t[..MaxTermLength] : t)
            .ToList();
    }

    /// <summary>
    /// The range of stored words that start with <paramref name="term"/> (from inclusive, to exclusive), or null
    /// when the word is not looked up. Only words of ASCII letters and digits are: the tokenizer just lowercases
    /// those, so the stored words that start with one are exactly the words in this range.
    /// </summary>
    public static (string From, string To)? LookUpRange(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length < LookUpMinLength || !term.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var from = term.ToLowerInvariant();
        var to = string.Concat(from.AsSpan(0, from.Length - 1), [(char)(from[^1] + 1)]);
        return (from, to);
    }

    /// <summary>Matches any of <paramref name="words"/> exactly: <c>("work" OR "worked")</c>.</summary>
    public static string AnyOf(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        var builder = new StringBuilder("(");
        foreach (var word in words)
        {
            if (builder.Length > 1)
            {
                builder.Append(" OR ");
            }

            AppendQuoted(builder, word);
        }

        return builder.Append(')').ToString();
    }

    /// <summary>Matches <paramref name="term"/> as a word start (<c>"thera"*</c>); a single character as a whole word.</summary>
    public static string Prefix(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var builder = new StringBuilder();
        AppendQuoted(builder, term);
        return term.Length >= 2 ? builder.Append('*').ToString() : builder.ToString();
    }

    /// <summary>All of the parts must match.</summary>
    public static string AllOf(IEnumerable<string> parts) => string.Join(" AND ", parts);

    private static void AppendQuoted(StringBuilder builder, string text) =>
        builder.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}

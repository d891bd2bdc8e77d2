namespace Undertone.Domain.Consent;

/// <summary>
/// Which sentences of a new message were not in the old one, so a tone switch can quietly show what it changed.
/// A sentence ends at '.', '!', '?' or a line break (not at the full stop of Dr., Mr., Mrs., Ms., e.g. or i.e.);
/// comparison is exact after trimming.
/// </summary>
public static class SentenceChanges
{
    /// <summary>The ranges in <paramref name="after"/> of sentences that do not appear in <paramref name="before"/>.</summary>
    public static IReadOnlyList<TextRange> Changed(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in Sentences(before))
        {
            old.Add(before.Substring(range.Start, range.Length));
        }

        var changed = new List<TextRange>();
        foreach (var range in Sentences(after))
        {
            if (!old.Contains(after.Substring(range.Start, range.Length)))
            {
                changed.Add(range);
            }
        }

        return changed;
    }

    /// <summary>The sentences of a text, trimmed of surrounding white space, in order.</summary>
    public static IReadOnlyList<TextRange> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextRange>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && (text[i] is not ('.' or '!' or '?' or '\n') || Abbreviations.IsAbbreviationDot(text, i)))
            {
                i++;
            }

            while (i < text.Length && text[i] is '.' or '!' or '?' or '"' or '”' or '’' or ')')
            {
                i++;
            }

            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                sentences.Add(new TextRange(start, end - start));
            }
        }

        return sentences;
    }
}

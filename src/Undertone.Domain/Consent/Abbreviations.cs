namespace Undertone.Domain.Consent;

/// <summary>
/// Short forms whose full stop does not end a sentence ("Hi Dr. Lee," is one sentence; so is "notes, e.g. a recap").
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] Known = ["dr.", "mr.", "mrs.", "ms.", "e.g.", "i.e."];

    /// <summary>True when the '.' at <paramref name="index"/> is one of the full stops of a known short form.</summary>
    public static bool IsAbbreviationDot(ReadOnlySpan<char> text, int index)
    {
        if (index < 0 || index >= text.Length || text[index] != '.')
        {
            return false;
        }

        foreach (var form in Known)
        {
            for (var k = 0; k < form.Length; k++)
            {
                if (form[k] != '.')
                {
                    continue;
                }

                var start = index - k;
                if (start < 0 || start + form.Length > text.Length
                    || !text.Slice(start, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase)
                    || (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                    || (start + form.Length < text.Length && char.IsLetterOrDigit(text[start + form.Length])))
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }
}

namespace Undertone.Domain.Consent;

/// <summary>Shared rules for text the user types: limits, control characters, and tidying before use in a message.</summary>
public static class TextRules
{
    /// <summary>A problem with a single-line text (a name, a reason), or null when it is fine.</summary>
    public static string? CheckLine(string? value, int maxLength, string label) =>
        Check(value, maxLength, label, allowLineBreaks: false);

    /// <summary>A problem with a multi-line text (a message, boundaries), or null when it is fine. Line breaks and tabs are allowed.</summary>
    public static string? CheckBlock(string? value, int maxLength, string label) =>
        Check(value, maxLength, label, allowLineBreaks: true);

    private static string? Check(string? value, int maxLength, string label, bool allowLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return $"{label} can be at most {maxLength} characters.";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && !(allowLineBreaks && c is ('\n' or '\r' or '\t')))
            {
                return allowLineBreaks
                    ? $"{label} can't contain control characters."
                    : $"{label} can't contain line breaks or control characters.";
            }
        }

        return null;
    }

    /// <summary>
    /// Tidies a short piece of user text for use inside a sentence: trims it, turns runs of white space into one
    /// space and drops punctuation at either end (the message adds its own). Null when nothing is left.
    /// </summary>
    public static string? Tidy(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var start = 0;
        var end = value.Length - 1;
        while (start <= end && IsEdgeNoise(value[start]))
        {
            start++;
        }

        while (end >= start && IsEdgeNoise(value[end]))
        {
            end--;
        }

        if (start > end)
        {
            return null;
        }

        var span = value.AsSpan(start, end - start + 1);
        var needsCollapse = false;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsWhiteSpace(span[i]) && (span[i] != ' ' || (i > 0 && char.IsWhiteSpace(span[i - 1]))))
            {
                needsCollapse = true;
                break;
            }
        }

        if (!needsCollapse)
        {
            return start == 0 && end == value.Length - 1 ? value : span.ToString();
        }

        var builder = new System.Text.StringBuilder(span.Length);
        var lastWasSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Counts words: runs of characters between white space.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private static bool IsEdgeNoise(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '-' or '–' or '—';
}

namespace Undertone.Domain.Journal;

/// <summary>How journal text is cleaned before it is kept: trimmed at the ends, nothing else.</summary>
public static class JournalText
{
    /// <summary>The text trimmed at both ends; null becomes empty. Inner spaces, line breaks and characters are kept exactly.</summary>
    public static string Tidy(string? text) => text?.Trim() ?? "";

    /// <summary>The first non-blank line of the first non-blank text, cut at a word boundary near <paramref name="maxLength"/>.</summary>
    public static string Excerpt(int maxLength, params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        foreach (var text in texts)
        {
            var line = text?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (line is null)
            {
                continue;
            }

            if (line.Length <= maxLength)
            {
                return line;
            }

            var cut = line.LastIndexOf(' ', maxLength - 1);
            if (cut < maxLength / 2)
            {
                cut = maxLength - 1;
            }

            if (char.IsHighSurrogate(line[cut - 1]))
            {
                cut--;
            }

            return string.Concat(line.AsSpan(0, cut).TrimEnd(), "…");
        }

        return "";
    }
}

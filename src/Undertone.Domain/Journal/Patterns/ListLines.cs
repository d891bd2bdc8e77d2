namespace Undertone.Domain.Journal.Patterns;

/// <summary>Turns a free-text field written as a list into its items: one per line, list markers removed.</summary>
internal static class ListLines
{
    public static List<string> Split(string? text)
    {
        var items = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return items;
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = StripMarker(text.AsSpan()[range].Trim());
            if (!line.IsEmpty)
            {
                items.Add(line.ToString());
            }
        }

        return items;
    }

    private static ReadOnlySpan<char> StripMarker(ReadOnlySpan<char> line)
    {
        if (line.Length > 0 && line[0] is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u2013' or '\u2014')
        {
            return line[1..].Trim();
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')')
        {
            return line[(digits + 1)..].Trim();
        }

        return line;
    }
}

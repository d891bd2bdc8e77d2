using System.Text.RegularExpressions;

namespace Undertone.Data.Journal;

/// <summary>A piece of a search snippet: plain text, highlighted or not.</summary>
public sealed partial record SnippetPart(string Text, bool IsMatch)
{
    /// <summary>
    /// Splits a snippet at the highlight markers. The break between two fields becomes one " · "; empty fields
    /// leave no trace.
    /// </summary>
    public static IReadOnlyList<SnippetPart> Split(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        snippet = FieldBreaks().Replace(snippet.Trim(), "\n");
        var parts = new List<SnippetPart>();
        var isMatch = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] != JournalSearch.HighlightStart && snippet[i] != JournalSearch.HighlightEnd)
            {
                continue;
            }

            if (i > start)
            {
                var text = snippet[start..i].ReplaceLineEndings(" · ");
                parts.Add(new SnippetPart(text, isMatch));
            }

            if (i < snippet.Length)
            {
                isMatch = snippet[i] == JournalSearch.HighlightStart;
            }

            start = i + 1;
        }

        return parts;
    }

    [GeneratedRegex(@"\s*(?:\r?\n\s*)+")]
    private static partial Regex FieldBreaks();
}

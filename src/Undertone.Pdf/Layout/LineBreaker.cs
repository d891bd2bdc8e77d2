using System.Text;
using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>
/// Greedy word wrap over runs: breaks at spaces, keeps line breaks the user typed, and splits a word that is wider
/// than the line (a long link, or Chinese or Japanese text written without spaces) between characters.
/// </summary>
internal sealed class LineBreaker(FontResolver resolver, FontCache fonts)
{
    public IReadOnlyList<TextLine> Wrap(string text, TextStyle style, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var size = StyleSheet.Size(style);
        var bold = StyleSheet.IsBold(style);
        var lines = new List<TextLine>();
        foreach (var hardLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var runs = resolver.Split(hardLine.TrimEnd('\r'), bold);
            if (runs.Count == 0)
            {
                lines.Add(new TextLine([], 0f) { StartsHardLine = true });
                continue;
            }

            var first = lines.Count;
            WrapRuns(runs, size, EmbeddedFonts.For(bold), maxWidth, lines);
            lines[first] = lines[first] with { StartsHardLine = true };
        }

        return lines;
    }

    private void WrapRuns(IReadOnlyList<TextRun> runs, float size, SKTypeface spaceFace, float maxWidth, List<TextLine> lines)
    {
        var spaceWidth = fonts.Get(spaceFace, size).MeasureText(" ");
        var line = new LineBuilder(fonts, size);
        var first = true;
        foreach (var word in Words(runs))
        {
            var width = word.Sum(r => fonts.Measure(r, size));
            if (!first && line.Width + spaceWidth + width <= maxWidth)
            {
                line.Append(new TextRun(" ", spaceFace), spaceWidth);
                line.Append(word, width);
                continue;
            }

            if (!first)
            {
                lines.Add(line.ToLine());
            }

            first = false;
            if (width <= maxWidth)
            {
                line.Append(word, width);
            }
            else
            {
                BreakWord(word, size, maxWidth, line, lines);
            }
        }

        lines.Add(line.ToLine());
    }

    private void BreakWord(List<TextRun> word, float size, float maxWidth, LineBuilder line, List<TextLine> lines)
    {
        foreach (var run in word)
        {
            var font = fonts.Get(run.Typeface, size);
            var elements = StringInfo.GetTextElementEnumerator(run.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var width = font.MeasureText(element);
                if (line.Width + width > maxWidth && !line.IsEmpty)
                {
                    lines.Add(line.ToLine());
                }

                line.Append(new TextRun(element, run.Typeface), width);
            }
        }
    }

    /// <summary>Words separated by single spaces; two spaces in a row give an empty word, so spacing survives.</summary>
    private static List<List<TextRun>> Words(IReadOnlyList<TextRun> runs)
    {
        var words = new List<List<TextRun>>();
        var current = new List<TextRun>();
        foreach (var run in runs)
        {
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    words.Add(current);
                    current = [];
                }

                if (parts[i].Length > 0)
                {
                    current.Add(new TextRun(parts[i], run.Typeface));
                }
            }
        }

        words.Add(current);
        return words;
    }

    private sealed class LineBuilder(FontCache fonts, float size)
    {
        private readonly List<TextRun> _runs = [];
        private readonly StringBuilder _pending = new();
        private SKTypeface? _pendingFace;

        public float Width { get; private set; }

        public bool IsEmpty => _runs.Count == 0 && _pending.Length == 0;

        public void Append(List<TextRun> word, float width)
        {
            foreach (var run in word)
            {
                AppendText(run);
            }

            Width += width;
        }

        public void Append(TextRun run, float width)
        {
            AppendText(run);
            Width += width;
        }

        public TextLine ToLine()
        {
            Flush();
            var runs = _runs.ToArray();
            _runs.Clear();

            // Measure the joined runs again: kerning-free advances add up, but this keeps right-aligned text exact.
            var width = runs.Sum(r => fonts.Measure(r, size));
            Width = 0f;
            return new TextLine(runs, width);
        }

        private void AppendText(TextRun run)
        {
            if (!ReferenceEquals(run.Typeface, _pendingFace))
            {
                Flush();
                _pendingFace = run.Typeface;
            }

            _pending.Append(run.Text);
        }

        private void Flush()
        {
            if (_pending.Length > 0)
            {
                _runs.Add(new TextRun(_pending.ToString(), _pendingFace!));
                _pending.Clear();
            }

            _pendingFace = null;
        }
    }
}

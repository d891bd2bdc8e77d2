using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>
/// A small flow layout engine: add blocks (title, headings, paragraphs, bullet lists, label and value), then
/// <see cref="Write"/> lays them out on pages with a running header, a quiet footer and "Page N of M".
/// One composer makes one document; it is not thread-safe.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    public const string FooterNote = "Personal reflection notes — not a clinical record.";

    private const float BulletIndent = 14f;

    private const float FactLabelWidth = 150f;

    private readonly List<Row> _rows = [];
    private readonly FontCache _fonts = new();
    private readonly LineBreaker _breaker;

    public PdfComposer(PdfOptions options, IFallbackFonts? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Page = PageGeometry.For(options.Paper);
        Fallback = fallback ?? (options.UseSystemFonts ? SystemFallbackFonts.Instance : NoFallbackFonts.Instance);
        _breaker = new LineBreaker(new FontResolver(Fallback), _fonts);
    }

    public PageGeometry Page { get; }

    public IFallbackFonts Fallback { get; }

    internal IReadOnlyList<Row> Rows => _rows;

    public void Title(string text) => AddText(text, TextStyle.Title, PageGeometry.ContentLeft, Page.ContentWidth, keepFirst: 2);

    public void Heading(string text, bool newPage = false) =>
        AddText(text, TextStyle.Heading, PageGeometry.ContentLeft, Page.ContentWidth, keepFirst: 2, pageBreakBefore: newPage);

    /// <summary>A small bold label kept with the first two lines that follow it.</summary>
    public void Label(string text) => AddText(text, TextStyle.Label, PageGeometry.ContentLeft, Page.ContentWidth, keepFirst: 2);

    public void Paragraph(string text, TextStyle style = TextStyle.Body) =>
        AddText(text, style, PageGeometry.ContentLeft, Page.ContentWidth, keepFirst: 0);

    /// <summary>A label with its value under it; nothing at all when the value is blank.</summary>
    public void LabelValue(string label, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        // The label stays with up to two lines of its value, and no further: a chain of short fields may still split.
        var lines = _breaker.Wrap(value, TextStyle.Body, Page.ContentWidth);
        AddText(label, TextStyle.Label, PageGeometry.ContentLeft, Page.ContentWidth, keepFirst: Math.Min(2, lines.Count));
        AddLines(lines, TextStyle.Body, PageGeometry.ContentLeft, StyleSheet.SpaceBefore(TextStyle.Body), keepFirst: 0, false, null);
    }

    /// <summary>
    /// A short fact as two columns: the label on the left, the value wrapped on the right. Nothing when the value
    /// is blank. Facts of up to four lines are kept whole on one page.
    /// </summary>
    public void Fact(string label, string value, TextStyle valueStyle = TextStyle.Body)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var labels = _breaker.Wrap(label, TextStyle.Label, FactLabelWidth - 10f);
        var values = _breaker.Wrap(value, valueStyle, Page.ContentWidth - FactLabelWidth);
        var count = Math.Max(labels.Count, values.Count);
        var leading = StyleSheet.Leading(valueStyle);
        for (var i = 0; i < count; i++)
        {
            var texts = new List<RowText>(2);
            if (i < labels.Count)
            {
                texts.Add(new RowText(PageGeometry.ContentLeft, TextStyle.Label, labels[i]));
            }

            if (i < values.Count && !values[i].IsBlank)
            {
                texts.Add(new RowText(PageGeometry.ContentLeft + FactLabelWidth, valueStyle, values[i]));
            }

            var keep = i < count - 1 && (count <= 4 || i == 0 || i == count - 2) ? 1 : 0;
            _rows.Add(new Row
            {
                Height = texts.Count == 0 ? leading * 0.6f : leading,
                SpaceBefore = i == 0 ? (valueStyle == TextStyle.Compact ? 1f : 5f) : 0f,
                Style = valueStyle,
                Texts = texts,
                KeepWithNext = keep,
            });
        }
    }

    public void Bullets(IEnumerable<string> items, TextStyle style = TextStyle.Body)
    {
        ArgumentNullException.ThrowIfNull(items);
        var bullet = _breaker.Wrap("•", style, Page.ContentWidth)[0];
        var first = true;
        foreach (var item in items)
        {
            var lines = _breaker.Wrap(item, style, Page.ContentWidth - BulletIndent);
            AddLines(lines, style, PageGeometry.ContentLeft + BulletIndent, first ? StyleSheet.SpaceBefore(style) : 2f, keepFirst: 0, false,
                new RowText(PageGeometry.ContentLeft + 2f, style, bullet));
            first = false;
        }
    }

    public void Rule() => _rows.Add(new Row { Height = 14f, SpaceBefore = 8f, IsRule = true });

    public void Space(float points) => _rows.Add(new Row { Height = points });

    public void PageBreak() => _rows.Add(new Row { Height = 0f, PageBreakBefore = true });

    public IReadOnlyList<LaidOutPage> Paginate() => Paginator.Paginate(_rows, Page);

    /// <summary>Lays out every block and writes the PDF. Returns the number of pages.</summary>
    public int Write(Stream output, DocumentChrome chrome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(chrome);
        var pages = Paginate();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = chrome.Title,
            Author = null,
            Creator = "Undertone",
            Producer = "Undertone (SkiaSharp)",
            RasterDpi = 150,
            EncodingQuality = 90,
        };

        using var paint = new SKPaint { IsAntialias = true };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var n = 0; n < pages.Count; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var canvas = document.BeginPage(Page.Width, Page.Height);
                DrawChrome(canvas, paint, chrome, n + 1, pages.Count);
                DrawPage(canvas, paint, pages[n]);
                document.EndPage();
            }

            document.Close();
        }

        return pages.Count;
    }

    /// <summary>Lays out and writes the PDF to a new stream positioned at its start.</summary>
    public MemoryStream ToStream(DocumentChrome chrome, CancellationToken cancellationToken = default)
    {
        var output = new MemoryStream();
        try
        {
            Write(output, chrome, cancellationToken);
        }
        catch
        {
            output.Dispose();
            throw;
        }

        output.Position = 0;
        return output;
    }

    public void Dispose() => _fonts.Dispose();

    private void AddText(string text, TextStyle style, float x, float width, int keepFirst, bool pageBreakBefore = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return;
        }

        AddLines(_breaker.Wrap(text, style, width), style, x, StyleSheet.SpaceBefore(style), keepFirst, pageBreakBefore, null);
    }

    private void AddLines(IReadOnlyList<TextLine> lines, TextStyle style, float x, float spaceBefore, int keepFirst,
        bool pageBreakBefore, RowText? marker)
    {
        var leading = StyleSheet.Leading(style);
        var pendingSpace = spaceBefore;
        var firstRow = true;
        foreach (var group in HardLines(lines))
        {
            if (group.Count == 1 && group[0].IsBlank)
            {
                // A blank line the user typed becomes space above what follows (and vanishes at a page top).
                pendingSpace += leading * 0.6f;
                continue;
            }

            for (var i = 0; i < group.Count; i++)
            {
                IReadOnlyList<RowText> texts = [new RowText(x, style, group[i])];
                if (firstRow && marker is not null)
                {
                    texts = [marker, .. texts];
                }

                // Orphans and widows: never leave the first or last line of what the user typed alone on a page.
                var keep = group.Count > 1 && (i == 0 || i == group.Count - 2) ? 1 : 0;
                _rows.Add(new Row
                {
                    Height = leading,
                    SpaceBefore = i == 0 ? pendingSpace : 0f,
                    Style = style,
                    Texts = texts,
                    KeepWithNext = firstRow ? Math.Max(keepFirst, keep) : keep,
                    PageBreakBefore = firstRow && pageBreakBefore,
                });
                firstRow = false;
            }

            pendingSpace = 0f;
        }
    }

    /// <summary>Splits wrapped lines back into the lines the user typed.</summary>
    private static List<List<TextLine>> HardLines(IReadOnlyList<TextLine> lines)
    {
        var groups = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            if (line.StartsHardLine || groups.Count == 0)
            {
                groups.Add([]);
            }

            groups[^1].Add(line);
        }

        return groups;
    }

    private void DrawChrome(SKCanvas canvas, SKPaint paint, DocumentChrome chrome, int number, int count)
    {
        var style = TextStyle.Chrome;
        DrawLine(canvas, paint, _breaker.Wrap(chrome.HeaderLeft, style, float.MaxValue)[0], PageGeometry.ContentLeft, PageGeometry.HeaderBaseline, style);
        DrawRight(canvas, paint, chrome.HeaderRight, PageGeometry.HeaderBaseline, style);
        DrawRule(canvas, paint, PageGeometry.HeaderRuleY);

        DrawRule(canvas, paint, Page.FooterRuleY);
        DrawLine(canvas, paint, _breaker.Wrap(FooterNote, style, float.MaxValue)[0], PageGeometry.ContentLeft, Page.FooterBaseline, style);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {count}");
        DrawRight(canvas, paint, pageText, Page.FooterBaseline, style);
    }

    private void DrawRight(SKCanvas canvas, SKPaint paint, string text, float baseline, TextStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }

        var line = _breaker.Wrap(text, style, float.MaxValue)[0];
        DrawLine(canvas, paint, line, Page.ContentRight - line.Width, baseline, style);
    }

    private void DrawPage(SKCanvas canvas, SKPaint paint, LaidOutPage page)
    {
        foreach (var text in page.Texts)
        {
            DrawLine(canvas, paint, text.Line, text.X, text.Baseline, text.Style);
        }

        foreach (var y in page.Rules)
        {
            DrawRule(canvas, paint, y);
        }
    }

    private void DrawLine(SKCanvas canvas, SKPaint paint, TextLine line, float x, float baseline, TextStyle style)
    {
        var size = StyleSheet.Size(style);
        paint.Color = StyleSheet.Colour(style);
        paint.Style = SKPaintStyle.Fill;
        foreach (var run in line.Runs)
        {
            var font = _fonts.Get(run.Typeface, size);
            canvas.DrawText(run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run.Text);
        }
    }

    private void DrawRule(SKCanvas canvas, SKPaint paint, float y)
    {
        paint.Color = StyleSheet.RuleColour;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 0.6f;
        canvas.DrawLine(PageGeometry.ContentLeft, y, Page.ContentRight, y, paint);
    }
}

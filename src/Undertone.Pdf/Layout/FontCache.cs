using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>The <see cref="SKFont"/> objects one document needs (typeface × size), created once and disposed with it.</summary>
internal sealed class FontCache : IDisposable
{
    private readonly Dictionary<(SKTypeface Typeface, float Size), SKFont> _fonts = [];

    public SKFont Get(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = new SKFont(typeface, size)
            {
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
                Hinting = SKFontHinting.None,
            };
            _fonts.Add((typeface, size), font);
        }

        return font;
    }

    public float Measure(TextRun run, float size) => Get(run.Typeface, size).MeasureText(run.Text);

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }
}

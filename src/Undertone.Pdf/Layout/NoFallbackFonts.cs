using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>Never finds a font: every character the built-in font lacks is printed as the replacement mark.</summary>
internal sealed class NoFallbackFonts : IFallbackFonts
{
    public static readonly NoFallbackFonts Instance = new();

    public SKTypeface? Find(int codePoint, bool bold) => null;
}

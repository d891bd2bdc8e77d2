using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>Finds a font for a character the built-in font does not have.</summary>
internal interface IFallbackFonts
{
    /// <summary>A typeface that has a glyph for <paramref name="codePoint"/>, or null if there is none.</summary>
    SKTypeface? Find(int codePoint, bool bold);
}

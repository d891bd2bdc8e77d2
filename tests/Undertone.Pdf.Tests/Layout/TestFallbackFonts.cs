using SkiaSharp;

namespace Undertone.Pdf.Tests.Layout;

/// <summary>A stand-in for an installed font: Hebrew letters only, shipped with the tests.</summary>
internal sealed class TestFallbackFonts : IFallbackFonts
{
    public static readonly TestFallbackFonts Hebrew = new();

    public static readonly SKTypeface Typeface =
        SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Fonts", "LiberationSans-Hebrew.test.ttf"))
        ?? throw new InvalidOperationException("The Hebrew test font is missing from the test output.");

    public SKTypeface? Find(int codePoint, bool bold) => codePoint is >= 0x05D0 and <= 0x05EA ? Typeface : null;
}

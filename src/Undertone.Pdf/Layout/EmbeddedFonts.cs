using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>
/// The fonts shipped inside this assembly: a subset of Liberation Sans 2 (SIL Open Font License 1.1, licence in
/// Fonts/LICENSE-LiberationSans.txt) covering Latin, Greek, Cyrillic and common punctuation. Loaded once.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("Undertone.Pdf.Fonts.LiberationSans-Regular.ttf"));

    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("Undertone.Pdf.Fonts.LiberationSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    public static SKTypeface For(bool bold) => bold ? Bold : Regular;

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("A built-in PDF font is missing from the Undertone.Pdf assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException("A built-in PDF font could not be read.");
    }
}

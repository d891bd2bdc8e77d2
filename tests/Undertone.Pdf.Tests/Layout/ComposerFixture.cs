namespace Undertone.Pdf.Tests.Layout;

internal static class ComposerFixture
{
    public static readonly DocumentChrome Chrome = new("Test document", "Undertone · Test", "24 November 2026");

    public static PdfInspector Render(Action<PdfComposer> build, PdfOptions? options = null, IFallbackFonts? fallback = null)
    {
        using var composer = new PdfComposer(options ?? PdfOptions.Default, fallback ?? NoFallbackFonts.Instance);
        build(composer);
        using var output = new MemoryStream();
        composer.Write(output, Chrome);
        return PdfInspector.Read(output.ToArray());
    }
}

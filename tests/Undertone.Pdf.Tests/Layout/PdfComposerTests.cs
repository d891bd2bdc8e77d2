using Undertone.Pdf.Layout;

namespace Undertone.Pdf.Tests.Layout;

public class PdfComposerTests
{
    private const string Accented = "Café, Über, naïve — “quoted” and it’s fine… Łódź, Ελληνικά, Кириллица ≥ π";

    [Fact]
    public void Write_Paragraph_TextComesBackExactly()
    {
        var pdf = ComposerFixture.Render(c =>
        {
            c.Title("A title");
            c.Paragraph(Accented);
        });

        Assert.Contains(Accented, pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_ForLooking()
    {
        using var composer = new PdfComposer(PdfOptions.Default, NoFallbackFonts.Instance);
        composer.Title("Session recap");
        composer.Paragraph("Tuesday 24 November 2026 · Session 12", TextStyle.Muted);
        composer.LabelValue("What came up", string.Join(' ', Enumerable.Repeat(Accented, 6)));
        composer.LabelValue("Next steps", "Walk after lunch.\nWrite three lines before bed.\n\nCall Anna about the weekend.");
        composer.Heading("Questions for next time");
        composer.Bullets(["Why do I freeze when my boss asks “quick question”?", string.Join(' ', Enumerable.Repeat("A longer one that wraps onto a second line to check the hanging indent.", 2)), "日本語 and 🙂 here"]);
        composer.Rule();
        composer.Paragraph("https://example.org/a/very/long/link/that/has/no/spaces/at/all/and/must/be/broken/somewhere/to/fit/inside/the/margins/of/the/page");
        using var file = File.Create("/tmp/pdf-sample.pdf");
        composer.Write(file, ComposerFixture.Chrome);
    }
}

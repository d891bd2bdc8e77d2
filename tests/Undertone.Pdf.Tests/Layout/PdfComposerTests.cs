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
    public void Write_EveryPage_HasHeaderFooterAndPageNOfM()
    {
        var pdf = ComposerFixture.Render(c =>
        {
            for (var i = 0; i < 120; i++)
            {
                c.Paragraph($"Line {i}");
            }
        });

        Assert.True(pdf.Pages.Count >= 3);
        for (var n = 0; n < pdf.Pages.Count; n++)
        {
            Assert.Contains($"Page {n + 1} of {pdf.Pages.Count}", pdf.Pages[n], StringComparison.Ordinal);
            Assert.Contains(PdfComposer.FooterNote, pdf.Pages[n], StringComparison.Ordinal);
            Assert.Contains("Undertone · Test", pdf.Pages[n], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Metadata_HasTitleAndNoAuthor()
    {
        var pdf = ComposerFixture.Render(c => c.Paragraph("Hello"));

        Assert.Equal("Test document", pdf.Title);
        Assert.True(string.IsNullOrEmpty(pdf.Author));
        Assert.Equal("Undertone", pdf.Creator);
    }

    [Theory]
    [InlineData(PaperSize.A4, 595, 842)]
    [InlineData(PaperSize.UsLetter, 612, 792)]
    public void Write_PaperSize_SetsThePageSize(PaperSize paper, int width, int height)
    {
        var pdf = ComposerFixture.Render(c => c.Paragraph("Hello"), PdfOptions.Default with { Paper = paper });

        using var document = PdfDocument.Open(pdf.Bytes);
        var page = document.GetPage(1);
        Assert.Equal(width, page.Width, 0);
        Assert.Equal(height, page.Height, 0);
    }

    [Fact]
    public void Write_CharactersNoFontHas_ArePrintedAsSquares()
    {
        var pdf = ComposerFixture.Render(c => c.Paragraph("Before 日本 and 🙂 after — ok"));

        Assert.Contains("Before □□ and □ after — ok", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CharactersAnInstalledFontHas_ArePrintedWithIt()
    {
        var pdf = ComposerFixture.Render(c => c.Paragraph("Shalom שלום — friend"), fallback: TestFallbackFonts.Hebrew);

        Assert.Contains("Shalom שלום — friend", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Bullets_EachItemStartsWithABullet()
    {
        var pdf = ComposerFixture.Render(c => c.Bullets(["First thing", "Second thing"]));

        Assert.Contains("• First thing", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("• Second thing", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LabelValueWithBlankValue_PrintsNothing()
    {
        var pdf = ComposerFixture.Render(c =>
        {
            c.LabelValue("Empty label", "   ");
            c.LabelValue("Kept label", "value");
        });

        Assert.DoesNotContain("Empty label", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Kept label", pdf.Text, StringComparison.Ordinal);
    }
}

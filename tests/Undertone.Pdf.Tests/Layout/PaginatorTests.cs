namespace Undertone.Pdf.Tests.Layout;

public class PaginatorTests
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Some calm words that fill the page.", 8));

    [Fact]
    public void Paginate_HeadingNearTheBottom_MovesToTheNextPageWithItsFirstLines()
    {
        using var composer = new PdfComposer(PdfOptions.Default, NoFallbackFonts.Instance);
        for (var i = 0; i < 200; i++)
        {
            composer.Heading($"Heading {i}");
            composer.Paragraph(Filler);
        }

        var pages = composer.Paginate();

        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            var last = page.Texts[^1];
            Assert.NotEqual(TextStyle.Heading, last.Style);

            // A heading is followed on its page by at least two lines of its paragraph.
            for (var i = 0; i < page.Texts.Count; i++)
            {
                if (page.Texts[i].Style == TextStyle.Heading)
                {
                    Assert.True(page.Texts.Count - i >= 3, "A heading was left with fewer than two lines after it.");
                }
            }
        }
    }

    [Fact]
    public void Paginate_NoLineCrossesTheMargins()
    {
        using var composer = new PdfComposer(PdfOptions.Default with { Paper = PaperSize.UsLetter }, NoFallbackFonts.Instance);
        for (var i = 0; i < 60; i++)
        {
            composer.LabelValue($"Label {i}", Filler);
            composer.Bullets([Filler, "short"]);
        }

        var pages = composer.Paginate();

        Assert.All(pages.SelectMany(p => p.Texts), t =>
        {
            Assert.InRange(t.Baseline, PageGeometry.ContentTop, composer.Page.ContentBottom);
            Assert.InRange(t.X + t.Line.Width, PageGeometry.ContentLeft, composer.Page.ContentRight + 0.5f);
        });
    }

    [Fact]
    public void Paginate_SplitParagraph_HasAtLeastTwoLinesOnEachPage()
    {
        using var composer = new PdfComposer(PdfOptions.Default, NoFallbackFonts.Instance);
        for (var i = 0; i < 80; i++)
        {
            // Every word names its paragraph, so each printed line can be traced back to it.
            composer.Paragraph(string.Join(' ', Enumerable.Repeat($"p{i}", 40 + (i % 7 * 15))));
        }

        var pages = composer.Paginate();

        var splits = 0;
        for (var p = 1; p < pages.Count; p++)
        {
            var id = Id(pages[p].Texts[0]);
            if (Id(pages[p - 1].Texts[^1]) != id)
            {
                continue;
            }

            splits++;
            Assert.True(pages[p].Texts.Count(t => Id(t) == id) >= 2, $"Widow on page {p + 1}");
            Assert.True(pages[p - 1].Texts.Count(t => Id(t) == id) >= 2, $"Orphan on page {p}");
        }

        Assert.True(splits > 0, "The test text should split at least one paragraph across pages.");
    }

    private static string Id(PlacedText text) => text.Line.Text.Split(' ')[0];

    [Fact]
    public void Paginate_PageBreak_StartsANewPage()
    {
        using var composer = new PdfComposer(PdfOptions.Default, NoFallbackFonts.Instance);
        composer.Paragraph("One");
        composer.PageBreak();
        composer.Paragraph("Two");

        var pages = composer.Paginate();

        Assert.Equal(["One", "Two"], pages.Select(p => p.Text));
    }
}

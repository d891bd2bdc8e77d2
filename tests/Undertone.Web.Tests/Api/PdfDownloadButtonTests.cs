namespace Undertone.Web.Tests.Api;

public sealed class PdfDownloadButtonTests : ComponentTestBase
{
    [Fact]
    public void RecapDownload_LinksToTheRecapWithoutTherapistWordsByDefault()
    {
        var cut = Render<RecapPdfDownload>(p => p.Add(c => c.RecapId, 42));

        var link = cut.Find("a[download]");
        Assert.Equal("api/export/recaps/42.pdf", link.GetAttribute("href"));
    }

    [Fact]
    public void RecapDownload_TickingTherapistWords_AddsThemToTheLink()
    {
        var cut = Render<RecapPdfDownload>(p => p.Add(c => c.RecapId, 42));

        cut.Find("input[type=checkbox]").Change(true);

        cut.WaitForAssertion(() =>
            Assert.Equal("api/export/recaps/42.pdf?includeTherapistSaid=true", cut.Find("a[download]").GetAttribute("href")));
    }
}

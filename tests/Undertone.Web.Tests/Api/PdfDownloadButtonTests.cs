using Bunit;
using Undertone.Web.Components.Pages.Journal;

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

    [Fact]
    public void RangeDownload_CarriesOnlyTheDates()
    {
        var cut = Render<RecapsPdfDownload>(p => p
            .Add(c => c.From, new DateOnly(2026, 10, 1))
            .Add(c => c.To, new DateOnly(2026, 10, 31)));

        Assert.Equal("api/export/recaps.pdf?from=2026-10-01&to=2026-10-31", cut.Find("a[download]").GetAttribute("href"));
        Assert.Contains("every theme", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeDownload_NoDates_ExportsEverything()
    {
        var cut = Render<RecapsPdfDownload>();

        Assert.Equal("api/export/recaps.pdf", cut.Find("a[download]").GetAttribute("href"));
        Assert.Contains("All your recaps", cut.Markup, StringComparison.Ordinal);
    }
}

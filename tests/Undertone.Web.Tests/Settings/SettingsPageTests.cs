namespace Undertone.Web.Tests.Settings;

public sealed class SettingsPageTests : ComponentTestBase
{
    private async Task<SettingsStore> UseStoresAsync()
    {
        await UseJournalAsync();
        Services.AddSingleton<SettingsStore>();
        Services.AddSingleton<PdfExports>();
        return Services.GetRequiredService<SettingsStore>();
    }

    private static AngleSharp.Dom.IElement Radio(IRenderedComponent<SettingsPage> cut, string label) =>
        cut.FindAll("label").Single(l => l.TextContent.Trim() == label).QuerySelector("input[type=radio]")!;

    [Fact]
    public async Task Paper_IsA4UntilChosen()
    {
        await UseStoresAsync();

        var cut = Render<SettingsPage>();

        cut.WaitForAssertion(() => Assert.True(Radio(cut, "A4").HasAttribute("checked")));
        Assert.False(Radio(cut, "US Letter").HasAttribute("checked"));
    }

    [Fact]
    public async Task ChoosingUsLetter_IsSaved_AndSaysSo()
    {
        var settings = await UseStoresAsync();
        var cut = Render<SettingsPage>();
        cut.WaitForAssertion(() => Radio(cut, "US Letter"));

        Radio(cut, "US Letter").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved. PDFs will be laid out for US Letter.", cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal("UsLetter", await settings.GetAsync(SettingKeys.PdfPaper));
        Assert.Equal(Pdf.PaperSize.UsLetter, await Services.GetRequiredService<PdfExports>().GetPaperAsync());
    }

    [Fact]
    public async Task StoredLetter_IsShownAsChosen()
    {
        var settings = await UseStoresAsync();
        await settings.SetAsync(SettingKeys.PdfPaper, "UsLetter");

        var cut = Render<SettingsPage>();

        cut.WaitForAssertion(() => Assert.True(Radio(cut, "US Letter").HasAttribute("checked")));
    }
}

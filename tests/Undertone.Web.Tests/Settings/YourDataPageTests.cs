using Microsoft.AspNetCore.Components.Forms;

namespace Undertone.Web.Tests.Settings;

public sealed class YourDataPageTests : ComponentTestBase
{
    private async Task<TestJournal> UseStoresAsync()
    {
        var journal = await UseJournalAsync();
        Services.AddSingleton<DataImport>();
        Services.AddSingleton<DataWipe>();
        Services.AddSingleton<ExportProgress>();
        Services.AddSingleton<IEnumerable<IDeleteEverythingHook>>([]);
        return journal;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<YourDataPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public async Task DeleteEverything_StaysOffUntilThePhraseIsTyped_ThenEmptiesTheJournal()
    {
        var journal = await UseStoresAsync();
        await journal.Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Words" }, 0);
        var cut = Render<YourDataPage>();
        Assert.Contains("To confirm, type: delete everything", cut.Markup, StringComparison.Ordinal);
        AngleSharp.Dom.IElement Confirm() => cut.FindAll("input").Single(i => i.GetAttribute("type") == "text");

        Confirm().Input("delete");
        Assert.True(Button(cut, "Delete everything").HasAttribute("disabled"));
        Confirm().Input("delete everything");
        cut.WaitForAssertion(() => Assert.False(Button(cut, "Delete everything").HasAttribute("disabled")));
        Button(cut, "Delete everything").Click();

        cut.WaitForAssertion(() => Assert.Contains("Everything is deleted.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(0, (await journal.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task ImportingAJrnlFile_ShowsWhatItHolds_AndChangesNothingUntilAsked()
    {
        var journal = await UseStoresAsync();
        var cut = Render<YourDataPage>();
        var jrnl = """{"tags": {}, "entries": [{"title": "One.", "body": "", "date": "2024-03-01", "time": "09:00", "tags": ["@work"]}, {"title": "Two.", "body": "", "date": "2024-03-02", "time": "09:00", "tags": []}]}""";

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(jrnl), "jrnl.json", contentType: "application/json"));

        cut.WaitForAssertion(() => Assert.Contains("This jrnl export has 2 recaps, 0 questions, 0 saved messages.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(0, (await journal.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);

        Button(cut, "Import").Click();

        cut.WaitForAssertion(() => Assert.Contains("Done.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(2, (await journal.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task ABadFile_SaysWhatIsWrong_AndNothingChanges()
    {
        await UseStoresAsync();
        var cut = Render<YourDataPage>();
        var json = """{"format": "undertone-export", "version": 2}""";

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(json), "undertone.json"));

        cut.WaitForAssertion(() => Assert.Contains("This file can't be imported, so nothing was changed.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("newer Undertone", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Import");
    }

    [Theory]
    [InlineData(1, 0, 0, 0, "This Undertone export has 1 recap, 0 questions, 0 saved messages.")]
    [InlineData(142, 30, 4, 3, "This Undertone export has 142 recaps, 30 questions, 4 saved messages; 3 are already here and will be skipped.")]
    public void PreviewText_SaysHowManyAndWhatIsAlreadyHere(int recaps, int questions, int scripts, int here, string expected) =>
        Assert.Equal(expected, YourDataPage.PreviewText(new ImportPreview(ImportSource.Undertone, recaps, questions, 0, scripts, here, 0, [])));
}

using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Undertone.BrowserTests;

/// <summary>PDF downloads as a user gets them: the browser saves a real file, named by dates only.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ExportTests(UndertoneAppFixture app)
{
    // Dates far from "today", so these recaps stay out of other tests' recent sessions and patterns.
    private static readonly DateOnly Day = new(2003, 5, 6);

    private async Task<int> SaveAsync(DateOnly date, string whatCameUp, string therapistSaid = "")
    {
        var store = app.Services.GetRequiredService<RecapStore>();
        var result = await store.SaveRecapAsync(null, new RecapDraft { SessionDate = date, WhatCameUp = whatCameUp, TherapistSaid = therapistSaid }, 0);
        Assert.True(result.IsSaved);
        return result.Id;
    }

    private static async Task<string> ReadPdfAsync(IDownload download)
    {
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using var document = PdfDocument.Open(bytes);
        return string.Join('\n', document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [Fact]
    public async Task RecapPage_DownloadsThatRecap_WithTherapistWordsOnlyWhenTicked()
    {
        var word = PersonSteps.UniqueWord("orchard");
        var mine = $"The {word} came up — Zoë’s “quiet” week.";
        var id = await SaveAsync(Day, mine, therapistSaid: $"Their {word} words.");
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, $"/journal/{id}");

        var plain = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        await page.GetByLabel("Include what my therapist said").CheckAsync();
        var withTherapist = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());

        Assert.Equal("undertone-recap-2003-05-06.pdf", plain.SuggestedFilename);
        Assert.Equal("undertone-recap-2003-05-06.pdf", withTherapist.SuggestedFilename);
        var plainText = await ReadPdfAsync(plain);
        Assert.Contains(mine, plainText, StringComparison.Ordinal);
        Assert.DoesNotContain($"Their {word} words.", plainText, StringComparison.Ordinal);
        Assert.Contains($"Their {word} words.", await ReadPdfAsync(withTherapist), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task JournalList_DownloadsTheFilteredDates_MadeInThePage()
    {
        var word = PersonSteps.UniqueWord("meadow");
        await SaveAsync(new DateOnly(2003, 4, 28), $"Before {word}.");
        await SaveAsync(new DateOnly(2003, 6, 2), $"Inside {word}, first.");
        await SaveAsync(new DateOnly(2003, 6, 20), $"Inside {word}, second.");
        await SaveAsync(new DateOnly(2003, 7, 1), $"After {word}.");
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/journal");

        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2003-06-01");
        await page.GetByLabel("From", new() { Exact = true }).PressAsync("Tab");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2003-06-30");
        await page.GetByLabel("To", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(page.GetByText("2003, every theme.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Recaps up to")).ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PDF" }).ClickAsync());

        Assert.Equal("undertone-recaps-2003-06-01-to-2003-06-30.pdf", download.SuggestedFilename);
        var text = await ReadPdfAsync(download);
        Assert.Contains($"Inside {word}, first.", text, StringComparison.Ordinal);
        Assert.Contains($"Inside {word}, second.", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Before {word}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"After {word}.", text, StringComparison.Ordinal);

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Status)).ToContainTextAsync("undertone-recaps-2003-06-01-to-2003-06-30.pdf");
        await UndertoneAppFixture.ScreenshotAsync(page, "export-ready-1280");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}

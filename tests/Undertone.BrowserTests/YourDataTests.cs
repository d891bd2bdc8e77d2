namespace Undertone.BrowserTests;

/// <summary>
/// /settings/data as a person uses it: download everything, bring the file into a second, fresh Undertone, and
/// delete everything there, each through the page, with the page saying how far it has got.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class YourDataTests(UndertoneAppFixture app)
{
    [Fact]
    public async Task Export_ImportIntoAFreshApp_ThenDeleteEverything()
    {
        var word = PersonSteps.UniqueWord("lanternfish");
        var folder = Path.Combine(Path.GetTempPath(), "undertone-yourdata", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // A recap written here, through the recap page.
            var page = await app.NewPageAsync();
            await PersonSteps.WriteRecapAsync(page, $"The {word} and the quiet week.");

            // Export: the browser saves a ZIP named by the date only, and the page follows the download to its end.
            await UndertoneAppFixture.GotoAsync(page, "/settings/data");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download everything" }).ClickAsync());
            Assert.Matches(ExportName(), download.SuggestedFilename);
            var zipPath = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(zipPath);
            await Assertions.Expect(page.GetByTestId("export-status")).ToContainTextAsync("Your download is ready");
            await UndertoneAppFixture.ScreenshotAsync(page, "your-data-exported");
            Assert.Contains(RecapTexts(zipPath), text => text.Contains(word, StringComparison.Ordinal));
            await page.Context.CloseAsync();

            // Import into a fresh Undertone: a preview first, then the recap is there.
            var fresh = new UndertoneAppFixture();
            await fresh.InitializeAsync();
            try
            {
                var freshPage = await fresh.NewPageAsync();
                await UndertoneAppFixture.GotoAsync(freshPage, "/settings/data");
                await freshPage.Locator("#import-file").SetInputFilesAsync(zipPath);
                await Assertions.Expect(freshPage.GetByText(new Regex("^This Undertone export has \\d+ recaps?"))).ToBeVisibleAsync();
                await Assertions.Expect(freshPage.GetByTestId("import-status")).ToHaveTextAsync("Checked. Nothing has changed yet.");
                await UndertoneAppFixture.ScreenshotAsync(freshPage, "your-data-import-preview");
                await freshPage.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
                await Assertions.Expect(freshPage.GetByTestId("import-status")).ToContainTextAsync("Done. This Undertone export had");
                await UndertoneAppFixture.ScreenshotAsync(freshPage, "your-data-imported");

                await UndertoneAppFixture.GotoAsync(freshPage, "/search");
                await freshPage.GetByLabel("Search recaps and questions").FillAsync(word);
                await freshPage.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
                await Assertions.Expect(freshPage.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Recap from") })).ToHaveCountAsync(1);

                // Delete everything: the button waits for the typed phrase; afterwards the journal is empty.
                await UndertoneAppFixture.GotoAsync(freshPage, "/settings/data");
                var delete = freshPage.GetByRole(AriaRole.Button, new() { Name = "Delete everything" });
                await Assertions.Expect(delete).ToBeDisabledAsync();
                await freshPage.GetByLabel("To confirm, type: delete everything").FillAsync("delete everything");
                await Assertions.Expect(delete).ToBeEnabledAsync();
                await delete.ClickAsync();
                await Assertions.Expect(freshPage.GetByTestId("wipe-status")).ToHaveTextAsync(
                    "Everything is deleted. Your journal is empty, and you can start again whenever you like.");
                await UndertoneAppFixture.ScreenshotAsync(freshPage, "your-data-deleted");

                await UndertoneAppFixture.GotoAsync(freshPage, "/journal");
                await Assertions.Expect(freshPage.GetByText("Nothing here yet, and that's fine")).ToBeVisibleAsync();
                await freshPage.Context.CloseAsync();
            }
            finally
            {
                await fresh.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every recap's "what came up" in the ZIP's undertone.json.</summary>
    private static List<string> RecapTexts(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = zip.GetEntry("undertone.json") ?? throw new InvalidDataException("The export has no undertone.json.");
        using var stream = entry.Open();
        using var json = JsonDocument.Parse(stream);
        Assert.Equal("undertone-export", json.RootElement.GetProperty("format").GetString());
        return json.RootElement.GetProperty("recaps").EnumerateArray().Select(r => r.GetProperty("whatCameUp").GetString() ?? "").ToList();
    }

    [GeneratedRegex("^undertone-export-\\d{4}-\\d{2}-\\d{2}\\.zip$")]
    private static partial Regex ExportName();
}

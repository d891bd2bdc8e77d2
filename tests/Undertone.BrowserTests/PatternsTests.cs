namespace Undertone.BrowserTests;

[Collection(SeededJournalSuite.Name)]
public sealed partial class PatternsTests(UndertoneAppFixture app)
{
    // Made-up words no other test writes, so the counts are ours alone.
    private const string Phrase = "paper lantern";
    private const string Question = "Why does the paper lantern dream come back?";

    private static bool _seeded;
    private static readonly SemaphoreSlim SeedLock = new(1, 1);

    /// <summary>The seeded journal (see <see cref="SeedAsync"/>) open at <paramref name="path"/> in a new signed-in page.</summary>
    private async Task<IPage> OpenSeededAsync(string path, int width = 1280, int height = 900)
    {
        await SeedAsync();
        var page = await app.NewPageAsync(width, height);
        await UndertoneAppFixture.GotoAsync(page, path);
        return page;
    }

    private async Task SeedAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            var recaps = app.Services.GetRequiredService<RecapStore>();
            var today = recaps.Today;
            string[] cameUp =
            [
                "The paper lantern dream again. Work felt heavy.",
                "Talked about sleep and the move.",
                "Paper lanterns in the dream; I felt safe there.",
                "Setting boundaries with my sister. The paper lantern came up at the end.",
            ];
            for (var i = 0; i < cameUp.Length; i++)
            {
                var result = await recaps.SaveRecapAsync(
                    null,
                    new RecapDraft
                    {
                        SessionDate = today.AddDays(-7 * (cameUp.Length - i)),
                        WhatCameUp = cameUp[i],
                        Takeaways = i == 3 ? "Rest is allowed." : "",
                        NextSteps = i == 3 ? "Walk after lunch\nText my sister" : "",
                        ToRevisit = i == 1 ? "Why Sundays feel heavy" : "",
                        ThemeNames = i % 2 == 0 ? ["dreams", "work"] : ["family"],
                    },
                    0);
                Assert.True(result.IsSaved);
            }

            Assert.True((await app.Services.GetRequiredService<QuestionStore>().AddQuestionAsync(Question)).IsSaved);
            _seeded = true;
        }
        finally
        {
            SeedLock.Release();
        }
    }

    [Fact]
    public async Task Patterns_NamesTheRecurringPhraseWithItsCount()
    {
        var page = await OpenSeededAsync("/patterns");

        var phrases = page.GetByTestId("phrases");
        var item = phrases.Locator("li").Filter(new() { HasText = Phrase });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync(KOfN());
        await Assertions.Expect(item.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("themes-table")).ToContainTextAsync("dreams");
        await Assertions.Expect(page.GetByTestId("revisit")).ToContainTextAsync("Why Sundays feel heavy");
        await UndertoneAppFixture.ScreenshotAsync(page, "patterns-1280-light");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Prep_ListsTheOpenQuestion_AndLastNextSteps()
    {
        var page = await OpenSeededAsync("/prep");

        await Assertions.Expect(page.GetByTestId("prep-questions-list")).ToContainTextAsync(Question);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Next steps from last time", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Text my sister")).ToBeVisibleAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "prep-1280-light");
        if (Environment.GetEnvironmentVariable("UNDERTONE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            // The printed sheet (print stylesheet applied), to look at with pdftoppm.
            await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(folder, "prep-print.pdf"), Format = "A4" });
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/patterns", "patterns-390-light")]
    [InlineData("/prep", "prep-390-light")]
    public async Task OnAPhoneSizedScreen_HasNoHorizontalScroll(string path, string screenshot)
    {
        var page = await OpenSeededAsync(path, width: 390, height: 844);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
        await UndertoneAppFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryControlTabReaches_HasAClearFocusRing_InLightAndDarkMode()
    {
        var page = await OpenSeededAsync("/patterns");
        try
        {
            await PageChecks.AssertFocusRingsAsync(page, "/patterns, light mode", minimum: 10, presses: 60);
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await PageChecks.AssertFocusRingsAsync(page, "/patterns, dark mode", minimum: 10, presses: 60);
            await UndertoneAppFixture.ScreenshotAsync(page, "patterns-1280-dark-focus");
        }
        finally
        {
            var light = page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" });
            if (await light.CountAsync() > 0)
            {
                await light.ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" })).ToBeVisibleAsync();
            }

            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"in 3 of your last \d+ recaps")]
    private static partial Regex KOfN();
}

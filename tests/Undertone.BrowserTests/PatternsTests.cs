using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Undertone.Data.Journal;
using Undertone.Domain.Journal;

namespace Undertone.BrowserTests;

[Collection(SeededJournalSuite.Name)]
public sealed partial class PatternsTests(UndertoneAppFixture app)
{
    // Made-up words no other test writes, so the counts are ours alone.
    private const string Phrase = "paper lantern";
    private const string Question = "Why does the paper lantern dream come back?";

    private static bool _seeded;
    private static readonly SemaphoreSlim SeedLock = new(1, 1);

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
        await SeedAsync();
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/patterns");

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
        await SeedAsync();
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/prep");

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
        await SeedAsync();
        var page = await app.NewPageAsync(width: 390, height: 844);
        await UndertoneAppFixture.GotoAsync(page, path);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
        await UndertoneAppFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryControlTabReaches_HasAClearFocusRing_InLightAndDarkMode()
    {
        await SeedAsync();
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/patterns");
        try
        {
            await AssertFocusRingsAsync(page, "light");
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await AssertFocusRingsAsync(page, "dark");
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

    /// <summary>Tabs through the page; every focused control must show a solid outline ≥ 2px at ≥ 3:1 against the page.</summary>
    private static async Task AssertFocusRingsAsync(IPage page, string mode)
    {
        await page.Locator("body").FocusAsync();
        var seen = 0;
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await page.EvaluateAsync<string?>(FocusRingScript);
            if (ring is null)
            {
                continue;
            }

            seen++;
            Assert.True(ring.StartsWith("ok", StringComparison.Ordinal), $"{mode} mode: {ring}");
        }

        Assert.True(seen >= 10, $"{mode} mode: only {seen} controls took focus");
    }

    private const string FocusRingScript = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          // A hidden checkbox, radio or switch input shows its ring on the round button around it.
          const target = el.matches('.mud-checkbox input, .mud-radio input, .mud-switch input') ? el.closest('.mud-button-root, .mud-switch-base') : el;
          const style = getComputedStyle(target);
          const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          let bgEl = target.parentElement, bg = 'rgba(0, 0, 0, 0)';
          while (bgEl) { const c = getComputedStyle(bgEl).backgroundColor; if (!c.endsWith(', 0)') && c !== 'transparent') { bg = c; break; } bgEl = bgEl.parentElement; }
          const a = lum(rgb(style.outlineColor)), b = lum(rgb(bg));
          const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const name = (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
          const width = parseFloat(style.outlineWidth);
          return (style.outlineStyle !== 'none' && width >= 2 && contrast >= 3 ? 'ok ' : 'weak ')
            + `${name}: ${style.outlineStyle} ${width}px ${style.outlineColor} on ${bg} (${contrast.toFixed(2)}:1)`;
        }
        """;

    [GeneratedRegex(@"in 3 of your last \d+ recaps")]
    private static partial Regex KOfN();
}

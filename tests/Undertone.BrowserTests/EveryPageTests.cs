namespace Undertone.BrowserTests;

/// <summary>
/// Every page, with something in the journal, in light and dark mode: axe finds nothing serious (names that match
/// what is seen included), and every control Tab reaches shows a clear focus ring. The builder's parts that open on
/// demand and its phone layout are checked in <see cref="ScriptBuilderTests"/>.
/// </summary>
[Collection(SeededJournalSuite.Name)]
public sealed class EveryPageTests(UndertoneAppFixture app)
{
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static int? _recapId;

    /// <summary>Two recaps with themes and an open question, through the JSON API as any client would write them.</summary>
    private async Task<int> SeedAsync(IPage page)
    {
        await SeedLock.WaitAsync();
        try
        {
            if (_recapId is { } id)
            {
                return id;
            }

            var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + app.Token };
            var today = DateOnly.FromDateTime(DateTime.Today);
            foreach (var (days, words) in new[] { (14, "A quiet week; the harbour walk helped."), (7, "The harbour walk again, and sleep.") })
            {
                var created = await page.Context.APIRequest.PostAsync("/api/recaps", new()
                {
                    Headers = headers,
                    DataObject = new
                    {
                        sessionDate = today.AddDays(-days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        whatCameUp = words,
                        takeaways = "Rest counts.",
                        nextSteps = "Walk after lunch",
                        feeling = 3,
                        themes = new[] { "sleep", "walks" },
                    },
                });
                Assert.Equal(201, created.Status);
                using var json = JsonDocument.Parse(await created.TextAsync());
                _recapId = json.RootElement.GetProperty("id").GetInt32();
            }

            var question = await page.Context.APIRequest.PostAsync("/api/questions", new()
            {
                Headers = headers,
                DataObject = new { text = "Why does the harbour feel calm?" },
            });
            Assert.Equal(201, question.Status);
            return _recapId!.Value;
        }
        finally
        {
            SeedLock.Release();
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/script")]
    [InlineData("/journal")]
    [InlineData("/journal/new")]
    [InlineData("/journal/{recap}")]
    [InlineData("/journal/themes")]
    [InlineData("/search?q=harbour")]
    [InlineData("/questions")]
    [InlineData("/prep")]
    [InlineData("/patterns")]
    [InlineData("/settings")]
    [InlineData("/settings/data")]
    [InlineData("/no-such-page")]
    public async Task Page_HasNoSeriousAccessibilityProblems_AndClearFocus_InLightAndDark(string path)
    {
        var page = await app.NewPageAsync();
        var settings = app.Services.GetRequiredService<SettingsStore>();
        try
        {
            var recap = await SeedAsync(page);
            path = path.Replace("{recap}", recap.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            foreach (var dark in new[] { false, true })
            {
                var mode = dark ? "dark" : "light";
                await settings.SetFlagAsync(SettingKeys.DarkMode, dark);
                await UndertoneAppFixture.GotoAsync(page, path);
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = dark ? "Switch to light mode" : "Switch to dark mode" })).ToBeVisibleAsync();

                await PageChecks.AssertNoSeriousAxeProblemsAsync(page, $"{path}, {mode} mode");
                await PageChecks.AssertFocusRingsAsync(page, $"{path}, {mode} mode");
                await UndertoneAppFixture.ScreenshotAsync(page, $"every-page{path.Replace('/', '-').Replace('?', '-').Replace('=', '-')}-{mode}");
            }
        }
        finally
        {
            await settings.SetFlagAsync(SettingKeys.DarkMode, false);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task MovingToAPageByKeyboard_FocusesItsHeading_WithoutARing()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context; // closed at the end, even when a check fails
        await UndertoneAppFixture.GotoAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Journal", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your journal" });
        await Assertions.Expect(heading).ToBeFocusedAsync();
        Assert.Equal("none", await heading.EvaluateAsync<string>("h => getComputedStyle(h).outlineStyle"));
    }

    [Fact]
    public async Task ConfirmDialogs_HaveNoSeriousAccessibilityProblems_AndKeepFocusInside()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context; // closed at the end, even when a check fails
        await SeedAsync(page);
        await UndertoneAppFixture.GotoAsync(page, "/journal");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Delete the recap from") }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Delete this recap?");

        await PageChecks.AssertNoSeriousAxeProblemsAsync(page, "/journal, delete dialog");
        await page.Keyboard.PressAsync("Tab");
        var inside = await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[role=dialog], .mud-dialog-container')");
        Assert.True(inside, "Tab left the open dialog.");
        await UndertoneAppFixture.ScreenshotAsync(page, "every-page-journal-delete-dialog");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousAccessibilityProblems()
    {
        var page = await app.NewAnonymousPageAsync();
        await using var context = page.Context; // closed at the end, even when a check fails
        await page.GotoAsync("/journal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await PageChecks.AssertNoSeriousAxeProblemsAsync(page, "sign-in page");
    }
}

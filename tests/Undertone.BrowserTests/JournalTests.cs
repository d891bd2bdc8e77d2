namespace Undertone.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class JournalTests(UndertoneAppFixture app)
{
    [Fact]
    public async Task WrittenRecap_IsThereAfterReload_AndSearchFindsIt()
    {
        var word = PersonSteps.UniqueWord("lighthouse");
        var text = $"We talked about the {word} and “home” — café, 日本語 🙂";

        var page = await WriteRecapThenReloadAsync(text);
        await Assertions.Expect(page.GetByLabel("What came up?")).ToHaveValueAsync(text);

        await UndertoneAppFixture.GotoAsync(page, "/search");
        await page.GetByLabel("Search recaps and questions").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Recap from") })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("mark")).ToHaveTextAsync(word);
        Assert.DoesNotContain(word, page.Url, StringComparison.Ordinal);
        await UndertoneAppFixture.ScreenshotAsync(page, "search-1280");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LongAnswer_GrowsWithItsText_UpToTwentyLines_ThenScrolls()
    {
        var page = await app.NewPageAsync(412, 823);
        await using var context = page.Context;
        await UndertoneAppFixture.GotoAsync(page, "/journal/new");
        var box = page.GetByLabel("What came up?");
        static string Lines(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"line {i}"));
        async Task<double> HeightAsync() => (await box.BoundingBoxAsync())!.Height;
        Task<bool> ScrollsAsync() => box.EvaluateAsync<bool>("b => b.scrollHeight > b.clientHeight");
        var line = await box.EvaluateAsync<double>("b => parseFloat(getComputedStyle(b).lineHeight)");

        // Each height leaves a line of room under the text, as MudBlazor's auto-sizing did.
        Assert.Equal(4 * line, await HeightAsync(), 2.0); // empty: three lines to write in
        await box.FillAsync(Lines(8));
        Assert.Equal(9 * line, await HeightAsync(), 2.0);
        Assert.False(await ScrollsAsync(), "eight lines are all in view");

        await box.FillAsync(Lines(30));
        Assert.Equal(21 * line, await HeightAsync(), 2.0);
        Assert.True(await ScrollsAsync(), "past twenty lines the box scrolls");

        await box.FillAsync("");
        Assert.Equal(4 * line, await HeightAsync(), 2.0);
    }

    [Fact]
    public async Task SessionDate_IsADateSizedBox_AndTheSessionNameTakesTheRestOfTheRow()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await UndertoneAppFixture.GotoAsync(page, "/journal/new");
        var date = (await page.Locator(".date-field").BoundingBoxAsync())!;
        var name = (await page.Locator(".label-field").BoundingBoxAsync())!;

        Assert.InRange(date.Width, 200, 260);
        Assert.InRange(name.Y, date.Y - 20, date.Y + 20); // the same row
        Assert.True(name.Width > 2 * date.Width, $"The name box is {name.Width:0} px wide beside a {date.Width:0} px date.");
    }

    [Fact]
    public async Task ThemeAndDateFilters_AreTheBrowsersOwnControls_AndNarrowTheList()
    {
        var word = PersonSteps.UniqueWord("harbour");
        var theme = PersonSteps.UniqueWord("tides");
        var recaps = app.Services.GetRequiredService<RecapStore>();
        Assert.True((await recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = new(2002, 3, 5), WhatCameUp = $"Tide day {word}.", ThemeNames = [theme] }, 0)).IsSaved);
        Assert.True((await recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = new(2002, 3, 19), WhatCameUp = $"Calm day {word}." }, 0)).IsSaved);
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/journal");
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("recaps?$") });

        await page.GetByLabel("Theme", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = theme });
        await Assertions.Expect(status).ToHaveTextAsync("1 recap");
        await Assertions.Expect(page.GetByText($"Tide day {word}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Calm day {word}.")).ToHaveCountAsync(0);

        await page.GetByLabel("Theme", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "All themes" });
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2002-03-10");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2002-03-31");
        await Assertions.Expect(page.GetByText($"Calm day {word}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Tide day {word}.")).ToHaveCountAsync(0);
        await UndertoneAppFixture.ScreenshotAsync(page, "journal-filtered-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show all" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("From", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Theme", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show all" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LongestAllowedFieldInCjkAndEmoji_IsSavedWhole()
    {
        // 9,990 characters of CJK is ~30 KB of UTF-8 (~60 KB in the circuit's JSON): past SignalR's 32 KB default.
        var text = PersonSteps.UniqueWord("tidepool") + " " + string.Concat(Enumerable.Repeat("日本語の気持ち🙂", 1_200))[..9_970];

        var page = await WriteRecapThenReloadAsync(text);
        Assert.Equal(text, await page.GetByLabel("What came up?").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task QuestionAddedOnQuestionsPage_SurvivesReload()
    {
        var question = $"Can we talk about the {PersonSteps.UniqueWord("harbour")} next time?";
        var page = await app.NewPageAsync(390, 844);
        await UndertoneAppFixture.GotoAsync(page, "/questions");

        await page.GetByLabel("New question").FillAsync(question);
        await page.GetByLabel("New question").PressAsync("Enter");
        await Assertions.Expect(page.GetByText(question)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("New question")).ToHaveValueAsync("");

        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByText(question)).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkupTypedByTheUser_IsShownAsText_AndNeverRuns()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var word = PersonSteps.UniqueWord("markup");
        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        await UndertoneAppFixture.GotoAsync(page, "/journal/new");
        await page.GetByLabel("Session name (optional)").FillAsync(markup);
        await page.GetByLabel("What came up?").FillAsync($"{word} {markup}");
        // The button waits for the autosave that leaving the first field started, then saves the rest.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go to my journal" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/journal$"));
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Recaps, newest first" }).GetByText($"{word} {markup}")).ToBeVisibleAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "journal-1280");

        await UndertoneAppFixture.GotoAsync(page, "/questions");
        await page.GetByLabel("New question").FillAsync($"{word} {markup}");
        await page.GetByLabel("New question").PressAsync("Enter");
        await Assertions.Expect(page.GetByText($"{word} {markup}")).ToBeVisibleAsync();

        await UndertoneAppFixture.GotoAsync(page, "/search");
        await page.GetByLabel("Search recaps and questions").FillAsync($"{word} onerror");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".snippet")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".snippet").First).ToContainTextAsync("<img src=x");

        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Writes a new recap on the recap page, waits until it is saved and the address names it, then reloads that page.
    /// </summary>
    private async Task<IPage> WriteRecapThenReloadAsync(string whatCameUp)
    {
        var page = await app.NewPageAsync();
        await PersonSteps.WriteRecapAsync(page, whatCameUp);
        await Assertions.Expect(page).ToHaveURLAsync(JournalIdUrl());
        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        return page;
    }

    [GeneratedRegex(@"/journal/\d+$")]
    private static partial Regex JournalIdUrl();
}

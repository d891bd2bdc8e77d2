namespace Undertone.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ShellTests(UndertoneAppFixture app)
{
    [Fact]
    public async Task Home_LoadsEveryAssetFromTheAppAndBecomesInteractive()
    {
        var page = await app.NewPageAsync();
        var foreignRequests = new List<string>();
        var failed = new List<string>();
        var fonts = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreignRequests.Add(request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".woff2", StringComparison.Ordinal) && response.Ok)
            {
                fonts.Add(response.Url);
            }

            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await UndertoneAppFixture.GotoAsync(page, "/");

        Assert.Empty(foreignRequests);
        Assert.Empty(failed);
        Assert.NotEmpty(fonts); // the UI font comes from the app itself
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("therapy");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Write my message" })).ToBeVisibleAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "home-1280-light");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_OpenedDirectly_HasNoCircuit_AndItsLinkOpensAWorkingPage()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context; // closed at the end, even when a check fails
        var circuitsAsked = 0; // Blazor asks /_blazor/negotiate before it opens a circuit's WebSocket
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/_blazor", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref circuitsAsked);
            }
        };

        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0, circuitsAsked);
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-interactive", "false");
        await Assertions.Expect(page.Locator("[data-static-layout]")).ToHaveCountAsync(1);

        var socket = await page.RunAndWaitForWebSocketAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Write my message" }).ClickAsync());
        Assert.Contains("/_blazor", socket.Url, StringComparison.Ordinal);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/script$"));
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-static-layout]")).ToHaveCountAsync(0);

        // Home again, from inside the app: drawn in the same circuit, which stays open.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("therapy");
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-interactive", "true");
        Assert.False(socket.IsClosed);
    }

    [Fact]
    public async Task Home_OnAPhoneSizedScreen_HasNoHorizontalScroll()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await UndertoneAppFixture.GotoAsync(page, "/");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
        await UndertoneAppFixture.ScreenshotAsync(page, "home-390-light");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")] // drawn with no circuit: the button is a form
    [InlineData("/journal")] // interactive
    public async Task DarkModeToggle_IsRememberedAfterReload(string path)
    {
        var page = await app.NewPageAsync();
        try
        {
            await UndertoneAppFixture.GotoAsync(page, path);

            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-layout.app-dark")).ToHaveCountAsync(1);
            await page.ReloadAsync();
            await UndertoneAppFixture.WaitForInteractiveAsync(page);

            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + path);
            await UndertoneAppFixture.ScreenshotAsync(page, $"dark{path.Replace('/', '-')}-1280");
        }
        finally
        {
            // The setting is app-wide: leave the shared app as other tests expect it, even after a failure.
            await app.Services.GetRequiredService<SettingsStore>().SetFlagAsync(SettingKeys.DarkMode, false);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task DarkModeButton_OnTheHomePage_WorksBeforeAnyScriptHasRun()
    {
        var page = await app.NewPageAsync();
        try
        {
            // As if the click came before the scripts had loaded: the button is a plain form post. Chromium sends it with
            // "Origin: null" (our referrer policy), which the origin check used to refuse with an empty 403 page.
            await page.RouteAsync("**/*.js", route => route.AbortAsync());
            await UndertoneAppFixture.GotoAsync(page, "/");

            var answer = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync(),
                r => r.Request.Method == "POST");

            Assert.True(answer.Status < 400, $"The dark-mode post answered {answer.Status}.");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        }
        finally
        {
            await app.Services.GetRequiredService<SettingsStore>().SetFlagAsync(SettingKeys.DarkMode, false);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Menu_OnAPhone_IsClosedUntilOpened_AndClosesWhenAPageIsChosen()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await UndertoneAppFixture.GotoAsync(page, "/");
        var menuButton = page.GetByRole(AriaRole.Button, new() { Name = "Open or close the menu" });
        var journalLink = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Journal" });

        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(journalLink).Not.ToBeVisibleAsync();

        await menuButton.ClickAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(journalLink).ToBeVisibleAsync();
        await journalLink.FocusAsync();
        await Assertions.Expect(journalLink).ToBeFocusedAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "menu-390-open");

        await journalLink.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/journal$"));
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(journalLink).Not.ToBeVisibleAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page); // the home page had no circuit; the journal starts one

        // The dimmed page behind the open menu closes it too.
        await menuButton.ClickAsync();
        await Assertions.Expect(journalLink).ToBeVisibleAsync();
        await page.Mouse.ClickAsync(370, 400);
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(journalLink).Not.ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Menu_OnAWideScreen_IsOpenBesideThePage_AndTheButtonClosesAndReopensIt()
    {
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/");
        var menuButton = page.GetByRole(AriaRole.Button, new() { Name = "Open or close the menu" });
        var journalLink = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Journal" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(journalLink).ToBeVisibleAsync();
        var besideTheMenu = (await heading.BoundingBoxAsync())!.X;

        await menuButton.ClickAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(journalLink).Not.ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.getAnimations().length === 0");
        Assert.True((await heading.BoundingBoxAsync())!.X < besideTheMenu - 100, "The page moves over when the menu closes.");

        await page.Keyboard.PressAsync("Enter"); // the button keeps focus: the keyboard opens the menu again
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(journalLink).ToBeVisibleAsync();

        // Made narrow, the window shows the page without the menu over it, as on a phone.
        await page.SetViewportSizeAsync(700, 900);
        await Assertions.Expect(journalLink).Not.ToBeVisibleAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Context.CloseAsync();
    }
}

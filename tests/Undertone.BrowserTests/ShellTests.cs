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
    public async Task Home_OnAPhoneSizedScreen_HasNoHorizontalScroll()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await UndertoneAppFixture.GotoAsync(page, "/");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
        await UndertoneAppFixture.ScreenshotAsync(page, "home-390-light");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DarkModeToggle_IsRememberedAfterReload()
    {
        var page = await app.NewPageAsync();
        try
        {
            await UndertoneAppFixture.GotoAsync(page, "/");

            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await page.ReloadAsync();
            await UndertoneAppFixture.WaitForInteractiveAsync(page);

            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
            await UndertoneAppFixture.ScreenshotAsync(page, "home-1280-dark");
        }
        finally
        {
            // The setting is app-wide: leave the shared app as other tests expect it, even after a failure.
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

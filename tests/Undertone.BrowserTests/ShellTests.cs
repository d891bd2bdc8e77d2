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
}

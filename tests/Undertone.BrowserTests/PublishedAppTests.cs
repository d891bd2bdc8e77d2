namespace Undertone.BrowserTests;

/// <summary>
/// The download, started from another folder with a fresh data folder (issue 19): every static file is served
/// with its content and the home page becomes interactive in Chromium.
/// </summary>
[Collection(PublishedAppSuite.Name)]
public sealed class PublishedAppTests(PublishedApp app)
{
    [Fact]
    public void PublishedApp_IsOneExecutable_WithNoDebugSymbolsAndNoDotnetNeeded()
    {
        var folder = Path.GetDirectoryName(app.Executable)!;
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();

        // Only native libraries beside the executable: every assembly is inside it, and no debug symbols at all.
        Assert.DoesNotContain(files, f => f!.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => f!.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !f.Contains("sqlite", StringComparison.OrdinalIgnoreCase) && !f.Contains("Skia", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(folder, "wwwroot")), "wwwroot sits beside the executable.");
        Assert.False(Directory.Exists(Path.Combine(app.WorkingDirectory, "wwwroot")));
    }

    [Fact]
    public async Task FromAnotherFolder_SignInLinkOpensTheHomePage_AndItBecomesInteractive()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = UndertoneAppFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var failed = new List<string>();
        var empty = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
            else if (response.Status == 200 && (response.Url.EndsWith(".js", StringComparison.Ordinal) || response.Url.EndsWith(".css", StringComparison.Ordinal))
                && response.Headers.TryGetValue("content-length", out var length) && length == "0")
            {
                empty.Add(response.Url);
            }
        };

        // The token the app wrote to its fresh data folder is the one in the link it printed.
        var token = (await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, Web.Access.AccessToken.FileName))).Trim();
        Assert.EndsWith("token=" + token, app.SignInLink, StringComparison.Ordinal);

        await page.GotoAsync(app.SignInLink);
        await UndertoneAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("therapy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Write my message" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/script$"));
        await UndertoneAppFixture.WaitForInteractiveAsync(page);

        var blazor = await context.APIRequest.GetAsync("/_framework/blazor.web.js");
        Assert.True(blazor.Ok, $"blazor.web.js answered {blazor.Status}");
        Assert.True((await blazor.BodyAsync()).Length > 10_000, "blazor.web.js is served with its content.");
        Assert.Empty(failed);
        Assert.Empty(empty);
        await context.CloseAsync();
    }

    [Fact]
    public void PublishedApp_UsesTheEncryptingSqliteBesideIt_WhereThisMachineBuiltIt()
    {
        // The encrypting SQLite is compiled with gcc on Linux (CI installs it); a download for another system runs
        // on the standard SQLite and says so (docs/decisions/013-one-download-per-os.md).
        var expected = OperatingSystem.IsLinux() ? "encryption at rest available" : "encryption at rest unavailable";
        Assert.Contains(expected, app.Output, StringComparison.Ordinal);
    }
}

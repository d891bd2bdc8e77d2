using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Undertone.BrowserTests;

/// <summary>
/// The real app on a free loopback port (Kestrel, Production settings, a temp data folder) and Debian's Chromium
/// driven by Playwright. One per test collection; every test opens its own browser context and owns its data.
/// Pages from <see cref="NewPageAsync"/> are signed in the way a person signs in: with the link built from the
/// <c>access-token</c> file in the data folder.
/// </summary>
public sealed class UndertoneAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = Chromium.ExecutablePath;

    private AppFactory? _factory;
    private Chromium? _chromium;

    public string BaseUrl { get; private set; } = "";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "undertone-browser", Guid.NewGuid().ToString("N"));

    public IBrowser Browser => _chromium!.Browser;

    /// <summary>This start's launch token, read from the data folder as a person would.</summary>
    public string Token { get; private set; } = "";

    /// <summary>The app's services, for seeding data directly (for example through a store).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _factory = new AppFactory(DataDirectory);
        BaseUrl = LoopbackServer.Start(_factory);
        Token = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, Web.Access.AccessToken.FileName))).Trim();

        // A fake microphone (a steady tone) that needs no click to allow: for the voice note tests.
        _chromium = await Chromium.LaunchAsync("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
    }

    /// <summary>A fresh context (own storage, clipboard permissions) and page at the given viewport size, signed in.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await NewAnonymousPageAsync(width, height);
        // The sign-in link, fetched through the context's own cookie store so the page itself starts fresh (a visit
        // would load the home page and warm the cache). AccessTests signs in by visiting the link in the page.
        var signIn = await page.Context.APIRequest.GetAsync("/signin?token=" + Token, new() { MaxRedirects = 0 });
        if (signIn.Status != 302)
        {
            throw new InvalidOperationException($"Signing in with the token from the data folder answered {signIn.Status}.");
        }

        return page;
    }

    /// <summary>A fresh context and page that has not signed in: somebody who does not have the link.</summary>
    public Task<IPage> NewAnonymousPageAsync(int width = 1280, int height = 900) =>
        _chromium!.NewPageAsync(BaseUrl, width, height, "clipboard-read", "clipboard-write");

    /// <summary>
    /// Navigates and waits until the page works: Blazor has taken over the prerendered page, so clicks do something, or
    /// the page was drawn with no circuit at all (the home page opened directly; MainLayout's data-static-layout).
    /// </summary>
    public static async Task GotoAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    public static Task WaitForInteractiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("main[data-interactive='true'], [data-static-layout] main").WaitForAsync();
    }

    /// <summary>Saves a screenshot under docs/screenshots when UNDERTONE_SCREENSHOTS is set (used to refresh the README images).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Environment.GetEnvironmentVariable("UNDERTONE_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private sealed class AppFactory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting(Web.Hosting.DataDirectory.SettingKey, dataDirectory);
            builder.UseSetting(Web.Access.BrowserLauncher.SettingKey, "false"); // never a real browser window from a test
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Undertone.BrowserTests;

/// <summary>
/// The real app in server mode on a free loopback port, on a fresh PostgreSQL database made on the server that
/// <c>UNDERTONE_TEST_POSTGRES</c> names (without it, the tests fail saying how to set it), with Chromium.
/// </summary>
public sealed class ServerModeApp : IAsyncLifetime
{
    public const string Variable = "UNDERTONE_TEST_POSTGRES";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "undertone-server-browser", Guid.NewGuid().ToString("N"));
    private readonly string _databaseName = "undertone_browser_" + Guid.NewGuid().ToString("N");
    private string _server = string.Empty;
    private AppFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public string SetUpToken { get; } = Guid.NewGuid().ToString("N");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services (to make a second account while invites are not built).</summary>
    public IServiceProvider Services() => _factory!.Services;

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(_server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the server-mode browser tests cannot run. Set it to a connection string for a role that may " +
                "create databases and is not a superuser (README, \"Tests on PostgreSQL\"; .ci/run sets it up).");
        }

        await ExecuteAsync($"CREATE DATABASE \"{_databaseName}\"");
        Directory.CreateDirectory(_dataDirectory);
        var connection = new NpgsqlConnectionStringBuilder(_server) { Database = _databaseName }.ToString();
        _factory = new AppFactory(_dataDirectory, connection, SetUpToken);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = UndertoneAppFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (_server.Length > 0)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class AppFactory(string dataDirectory, string connectionString, string setUpToken) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting(Web.Hosting.DataDirectory.SettingKey, dataDirectory);
            builder.UseSetting(Web.Hosting.AppModeSetting.SettingKey, "Server");
            builder.UseSetting("ConnectionStrings:" + Web.Hosting.AppModeSetting.ConnectionStringName, connectionString);
            builder.ConfigureTestServices(services => services.AddSingleton(Web.Accounts.SetUpToken.FromValue(setUpToken)));
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Undertone.TestSupport.Postgres;

namespace Undertone.BrowserTests;

/// <summary>
/// The real app in server mode on a free loopback port, on a fresh PostgreSQL database made on the server that
/// <c>UNDERTONE_TEST_POSTGRES</c> names (without it, the tests fail saying how to set it), with Chromium.
/// </summary>
public sealed class ServerModeApp : IAsyncLifetime
{
    public const string Variable = PostgresDatabase.Variable;

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "undertone-server-browser", Guid.NewGuid().ToString("N"));
    private PostgresDatabase? _database;
    private AppFactory? _factory;
    private Chromium? _chromium;

    public string BaseUrl { get; private set; } = "";

    public string SetUpToken { get; } = Guid.NewGuid().ToString("N");

    public IBrowser Browser => _chromium!.Browser;

    /// <summary>The app's services (to make a second account while invites are not built).</summary>
    public IServiceProvider Services() => _factory!.Services;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("undertone_browser_", "the server-mode browser tests");
        Directory.CreateDirectory(_dataDirectory);
        _factory = new AppFactory(_dataDirectory, _database.ConnectionString, SetUpToken);
        BaseUrl = LoopbackServer.Start(_factory);
        _chromium = await Chromium.LaunchAsync();
    }

    public Task<IPage> NewPageAsync() => _chromium!.NewPageAsync(BaseUrl);

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

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
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

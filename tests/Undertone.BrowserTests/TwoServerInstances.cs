using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Undertone.TestSupport.Hosting;
using Undertone.TestSupport.Postgres;

namespace Undertone.BrowserTests;

/// <summary>
/// Two server-mode Undertone processes (the built app, run as a person runs it) on one fresh PostgreSQL database, each
/// with its own port and its own data folder, and Chromium. Either can be stopped and started again on its port, the
/// way a reverse proxy sees instances come and go. The first start prints the set-up link; later starts have an
/// account already, so they are ready once the app says it has started.
/// </summary>
public sealed partial class TwoServerInstances : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "undertone-two-instances", Guid.NewGuid().ToString("N"));
    private readonly AppProcess?[] _running = new AppProcess?[2];
    private readonly int[] _ports = new int[2];
    private PostgresDatabase? _database;
    private Chromium? _chromium;

    /// <summary>The set-up link the first instance printed at its first start.</summary>
    public string SetUpLink { get; private set; } = "";

    /// <summary>The address of instance 0 or 1.</summary>
    public string Url(int instance) => $"http://127.0.0.1:{_ports[instance]}";

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("undertone_browser_", "the server-mode browser tests");
        for (var i = 0; i < 2; i++)
        {
            _ports[i] = FreePort();
            Directory.CreateDirectory(DataFolder(i));
        }

        // The first instance migrates the empty database and prints the set-up link; then the second joins it.
        _running[0] = await StartProcessAsync(0, SetUpLinkLine());
        SetUpLink = _running[0]!.SignInLink;
        _running[1] = await StartProcessAsync(1, StartedLine());
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>
    /// A browser of its own (cookies and storage), starting on instance 0. Its waits allow for an instance's first page:
    /// each instance is a process of its own, cold after every start, and CI runs the test projects side by side (30 s,
    /// as for the published app).
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await _chromium!.NewPageAsync(Url(0));
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Stops an instance the hard way, as a crash or a pulled plug would.</summary>
    public async Task StopAsync(int instance)
    {
        if (_running[instance] is { } app)
        {
            _running[instance] = null;
            await app.DisposeAsync();
        }
    }

    /// <summary>Starts a stopped instance again, on the same port and data folder.</summary>
    public async Task StartAsync(int instance) => _running[instance] = await StartProcessAsync(instance, StartedLine());

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await StopAsync(0);
        await StopAsync(1);
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string DataFolder(int instance) => Path.Combine(_root, "data-" + instance);

    private Task<AppProcess> StartProcessAsync(int instance, Regex readyWhen)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Undertone.Web.dll"), "--urls", Url(instance) },
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment[Web.Hosting.DataDirectory.EnvironmentVariable] = DataFolder(instance);
        start.Environment[Web.Hosting.AppModeSetting.SettingKey.Replace(":", "__", StringComparison.Ordinal)] = "Server";
        start.Environment["ConnectionStrings__" + Web.Hosting.AppModeSetting.ConnectionStringName] = _database!.ConnectionString;
        // Open pages check their session hourly, not every minute: an ended page was ended by PostgreSQL's notice.
        start.Environment[Web.Accounts.AccountSessionCheck.IntervalSetting.Replace(":", "__", StringComparison.Ordinal)] = "01:00:00";
        return AppProcess.StartAsync(start, TimeSpan.FromMinutes(3), readyWhen); // a first start migrates three contexts: slow on a busy machine
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://\S+/account/setup\?token=[A-Za-z0-9_-]+")]
    private static partial Regex SetUpLinkLine();

    [GeneratedRegex("Application started")]
    private static partial Regex StartedLine();
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor;
using MudBlazor.Services;
using Serilog;
using Undertone.Web.Accounts;
using Undertone.Web.Components;
using Undertone.Web.Consent;

// A plain console logger until the host's own logger is configured (not Serilog's reloadable bootstrap logger,
// which cannot be shared by the several hosts the tests start in one process).
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

try
{
    // Before any SQLite connection: our encrypting SQLite when the build made it, else the standard one.
    var sqlite = SqliteNative.Initialize();

    // A published download runs from any folder: its content root is its own folder (see AppFolder).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = AppFolder.PublishedContentRoot(AppContext.BaseDirectory),
    });

    // `dotnet run` serves the build output; this lets it serve MudBlazor's and Blazor's files in Production too.
    // A published app has no static web assets manifest, and the call does nothing there.
    builder.WebHost.UseStaticWebAssets();

    // Local mode (the default) or server mode: accounts on PostgreSQL (docs/decisions/014).
    var mode = AppModeSetting.Resolve(builder.Configuration);

    // The data folder and everything in it are owner-only (0700/0600) on Linux and macOS: see PrivateFiles.
    var paths = new UndertonePaths(DataDirectory.Resolve(builder.Configuration));
    var loosened = PrivateFiles.PrepareFolder(paths.DataDirectory);
    PrivateFiles.CreateFolder(paths.LogDirectory);
    PrivateFiles.CreateFolder(paths.KeysDirectory);
    builder.Services.AddSingleton(paths);
    builder.Services.AddSingleton(new PrivateFolderReport(loosened));

    // Nobody else gets in: a launch token and sessions (docs/decisions/006-launch-token-and-access.md); in server
    // mode, accounts instead (Accounts/), though the sessions stay registered for the lock's services.
    builder.Services.AddSingleton(new RunningMode(mode));
    builder.Services.AddSingleton<AccessToken>();
    builder.Services.AddSingleton<AccessSessions>();
    builder.Services.AddSingleton<SignInPage>();
    builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, OutermostStartupFilter>());
    // A request without a Host (HTTP/1.0) names no site of ours: refuse it like a foreign one, without a body.
    builder.Services.Configure<HostFilteringOptions>(options =>
    {
        options.AllowEmptyHosts = false;
        options.IncludeFailureMessage = false;
    });
    // Binding failures (?paper=foo) throw, so ApiProblems can answer with the field's name.
    builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    // preserveStaticLogger: the host keeps its own logger and never touches the static Log.Logger. Otherwise a host
    // that stops closes the static logger, which may be another host's (the tests run several in one process).
    builder.Services.AddSerilog(
        (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(paths.LogFile, formatProvider: CultureInfo.InvariantCulture, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, hooks: new PrivateLogFiles()),
        preserveStaticLogger: true);

    // One application name, so every instance of a server reads the same keys (server mode keeps them in PostgreSQL:
    // AddServerMode); local mode keeps them in its data folder.
    var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Undertone");
    if (mode is AppMode.Local)
    {
        dataProtection.PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));
        builder.Services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((options, loggers) =>
            options.XmlRepository = new PrivateKeyRepository(new DirectoryInfo(paths.KeysDirectory), loggers));
    }

    // The passphrase lock (docs/decisions/008-encryption-at-rest.md): the journal's key, migration after unlock, idle lock.
    if (mode is AppMode.Server)
    {
        builder.Services.AddServerMode(builder.Configuration.GetConnectionString(AppModeSetting.ConnectionStringName)!);
        builder.Services.AddLockServices(paths);
    }
    else
    {
        builder.Services.AddJournalLock(paths);
    }

    builder.Services.AddHostedService<PrivateDataFolder>(); // after the migrator: the database files exist by then
    builder.Services.AddSingleton<BrowserLauncher>();
    if (mode is AppMode.Local)
    {
        builder.Services.AddHostedService<SignInLink>();
        // What an edit took out leaves the -wal once writing pauses (docs/decisions/010-your-data.md).
        builder.Services.AddSingleton<EditedTextCheckpoint>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EditedTextCheckpoint>());
    }

    builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton<SettingsStore>();
    builder.Services.AddSingleton<RecapStore>();
    builder.Services.AddSingleton<QuestionStore>();
    builder.Services.AddSingleton<ThemeStore>();
    builder.Services.AddSingleton<JournalSearch>();
    builder.Services.AddSingleton<SampleEntries>();
    builder.Services.AddSingleton<PatternsStore>();
    builder.Services.AddSingleton<ScriptStore>();
    builder.Services.AddSingleton<MeaningModelHost>();
    builder.Services.AddHostedService(sp => sp.GetRequiredService<MeaningModelHost>());
    builder.Services.AddSingleton<StoreCall>();
    // The agreement's deletion rules and the own-voice recap (docs/decisions/012-agreement-rules-and-voice-notes.md).
    builder.Services.AddSingleton<Undertone.Data.Agreements.SessionMaterialRules>();
    builder.Services.AddSingleton<VoiceNoteStore>();
    // In server mode it runs every person's journal in turn, on one instance at a time (docs/decisions/014).
    builder.Services.AddSingleton<Undertone.Web.Agreements.SessionMaterialJob>();
    builder.Services.AddHostedService(sp => sp.GetRequiredService<Undertone.Web.Agreements.SessionMaterialJob>());

    builder.Services.AddSingleton<Undertone.Data.YourData.DataExport>();
    builder.Services.AddSingleton<Undertone.Data.YourData.DataImport>();
    builder.Services.AddSingleton<Undertone.Data.YourData.DataWipe>();
    builder.Services.AddSingleton<Undertone.Web.Api.ExportProgress>();

    // Pages, styles and scripts go compressed (issue 19: every page ≤ 200 KiB on first load). Never over HTTPS: a
    // compressed page that holds a secret (the antiforgery token) beside text an attacker can choose (?q=) leaks the
    // secret through its size to someone watching the network (BREACH). Local mode is plain HTTP on this computer only.
    builder.Services.AddResponseCompression(options =>
    {
        options.EnableForHttps = false;
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
    });
    builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
    builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);

    builder.Services.AddUndertoneApi();
    // A recap field may hold 10,000 characters; in CJK or emoji that is well over SignalR's 32 KB default message,
    // which would drop the update silently. 512 KB covers every field at its limit.
    builder.Services.AddRazorComponents().AddInteractiveServerComponents()
        .AddHubOptions(options => options.MaximumReceiveMessageSize = 512 * 1024);
    builder.Services.AddMudServices(config => config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter);

    var app = builder.Build();
    if (sqlite.EncryptionAvailable)
    {
        app.Logger.LogInformation("SQLite {SqliteVersion} ({SqliteLibrary}); encryption at rest available", sqlite.SqliteVersion, sqlite.Library);
    }
    else
    {
        app.Logger.LogInformation(
            "SQLite {SqliteVersion} ({SqliteLibrary}); encryption at rest unavailable: {EncryptionUnavailableReason}",
            sqlite.SqliteVersion, sqlite.Library, sqlite.Reason);
    }

    if (mode is AppMode.Local)
    {
        // Before anything answers: a program of another account on this computer is turned away, cookie or not.
        app.UseMiddleware<OwnAccountGate>();
    }

    if (mode is AppMode.Server)
    {
        // Behind a reverse proxy on this machine, or one listed in Undertone:TrustedProxies: the browser's own scheme
        // and address (docs/decisions/014).
        app.UseForwardedHeaders(TrustedProxies.ForwardedHeadersFrom(app.Configuration));
        app.UseMiddleware<HttpsOnly>();
        app.UseHsts();
    }

    app.UseResponseCompression();

    if (!app.Environment.IsDevelopment())
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseExceptionHandler("/Error", createScopeForErrors: true));
    }

    // Logs method, path (never the query string or body), status and time.
    // Through this host's own logger, not the static one (see AddSerilog above).
    app.UseSerilogRequestLogging(options =>
    {
        options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms";
    });
    // Friendly pages for people; the JSON and PDF endpoints keep their own problem details.
    app.UseWhen(
        context => !context.Request.Path.StartsWithSegments("/api"),
        pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
    // Routing after the status-code pages, so that re-executing /not-found finds its page.
    app.UseRouting();
    app.UseMiddleware<ApiProblems>();
    app.UseMiddleware<OriginCheck>();
    if (mode is AppMode.Server)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<PersonFromRequest>();
        app.UseMiddleware<AccountGate>();
        app.UseMiddleware<StaleFormAnswer>();
    }
    else
    {
        app.UseMiddleware<AccessGate>();
    }

    app.UseMiddleware<LockGate>();
    app.UseAntiforgery();

    app.MapStaticAssets().AllowAnonymous();
    app.MapHealthChecks("/healthz", new() { ResponseWriter = LockHealth.WriteAsync }).AllowAnonymous();
    app.MapOpenApi().AllowAnonymous();
    if (mode is AppMode.Server)
    {
        app.MapAccounts();
    }
    else
    {
        app.MapSignIn();
    }

    app.MapScriptsApi();
    app.MapExportApi();
    app.MapDataApi();
    app.MapJournalApi();
    app.MapVoiceNotesApi();
    if (mode is AppMode.Local)
    {
        // The passphrase lock is local mode's: on a shared server, locking would stop everyone's journal at once.
        app.MapLockApi();
    }

    app.MapRazorComponents<App>()
        .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = "'none'");

    await app.RunAsync();
    return 0;
}
catch (DatabaseRefusedException ex)
{
    Log.Fatal("{Problem}", ex.Message);
    return 1;
}
catch (ServerModeRefusedException ex)
{
    Log.Fatal("{Problem}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Undertone stopped because of an unexpected error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

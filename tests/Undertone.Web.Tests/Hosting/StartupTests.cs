using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Undertone.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Healthz_FreshDataFolder_IsHealthyAndCreatesTheDatabase()
    {
        await using var factory = new UndertoneWebFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, UndertoneDatabase.FileName)));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys")));
    }

    [Fact]
    public async Task HomePage_RendersNavigationToBothFeatures()
    {
        await using var factory = new UndertoneWebFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        TextAssert.Says(html, "href=\"script\"", "href=\"journal\"", "Ask about recording", "it does not give legal advice");
    }

    [Fact]
    public async Task Page_LinksNoThirdPartyAssets()
    {
        await using var factory = new UndertoneWebFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("undertone.attacker.test:5138", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task Request_IsServedForALoopbackHostHeader_AndRefusedForAForeignOne(string host, HttpStatusCode expected)
    {
        await using var factory = new UndertoneWebFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task DefaultListener_IsLoopbackOnly()
    {
        await using var factory = new UndertoneWebFactory();
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        var urls = configuration["urls"];

        Assert.False(string.IsNullOrWhiteSpace(urls));
        Assert.All(urls!.Split(';'), url => Assert.True(new Uri(url).IsLoopback, url));
        Assert.All(LaunchProfileUrls(), url => Assert.True(new Uri(url).IsLoopback, url));
    }

    [Fact]
    public async Task Restart_OnTheSameDataFolder_KeepsWhatWasSaved()
    {
        using var folder = new Data.Tests.TestFolder();
        await using (var first = UndertoneWebFactory.On(folder.Path))
        {
            await first.Services.GetRequiredService<SettingsStore>().SetFlagAsync(SettingKeys.DarkMode, true);
        }

        await using var second = UndertoneWebFactory.On(folder.Path);
        Assert.True(await second.Services.GetRequiredService<SettingsStore>().GetFlagAsync(SettingKeys.DarkMode));
    }

    [Fact]
    public async Task Start_WhenTidyingTheFileFails_StillStarts_AndTheJournalWorks()
    {
        await using var factory = new UndertoneWebFactory();
        var path = Path.Combine(factory.DataDirectory, UndertoneDatabase.FileName);
        await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path)))
        {
            await UndertoneDatabase.MigrateAsync(db, path); // an existing journal; only tidying fails below
        }

        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IDbContextFactory<UndertoneDbContext>>(new TidyFails(path))));

        using var client = app.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var store = TestJournal.From(app.Services);
        await store.Questions.AddQuestionAsync("Still works?");
        Assert.Single(await store.Search.SearchAsync("works"));
    }

    /// <summary>The app's database, where the start-up tidy fails as it would on a full disk.</summary>
    private sealed class TidyFails(string path) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<UndertoneDbContext>(UndertoneDatabase.CreateOptions(path)).AddInterceptors(new Failing()).Options);

        private sealed class Failing : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
                command.CommandText.StartsWith("PRAGMA auto_vacuum;", StringComparison.Ordinal)
                    ? throw new SqliteException("simulated: database or disk is full", 13)
                    : ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Start_WithCorruptDatabase_ExitsWithMessageNamingTheFileAndLeavesItUntouched()
    {
        using var folder = new Data.Tests.TestFolder();
        var path = Path.Combine(folder.Path, UndertoneDatabase.FileName);
        var bytes = "not a database, still somebody's data"u8.ToArray();
        await File.WriteAllBytesAsync(path, bytes);

        var (exitCode, output) = await RunAppAsync(folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"could not read its database file at '{path}'", output, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Start_WithADatabaseFromANewerUndertone_ExitsWithAClearMessage_AndTheFileIsByteForByteUnchanged()
    {
        using var folder = new Data.Tests.TestFolder();
        var path = Path.Combine(folder.Path, UndertoneDatabase.FileName);
        await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path)))
        {
            await UndertoneDatabase.MigrateAsync(db, path);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        }

        SqliteConnection.ClearAllPools();
        var before = System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path));

        var (exitCode, output) = await RunAppAsync(folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("made by a newer version of Undertone", output, StringComparison.Ordinal);
        Assert.Equal(before, System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task Healthz_WhenANewerUndertoneChangedTheFileWhileRunning_IsUnhealthy()
    {
        await using var factory = new UndertoneWebFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(Path.Combine(factory.DataDirectory, UndertoneDatabase.FileName))))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        }

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Starts the built app as a user would (its own process), on a free port, and waits for it to exit.</summary>
    private static Task<(int ExitCode, string Output)> RunAppAsync(string dataDirectory) =>
        AppRun.UntilExitAsync(new() { [DataDirectory.EnvironmentVariable] = dataDirectory });

    private static IEnumerable<string> LaunchProfileUrls()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "launchSettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var profile in json.RootElement.GetProperty("profiles").EnumerateObject())
        {
            foreach (var url in profile.Value.GetProperty("applicationUrl").GetString()!.Split(';'))
            {
                yield return url;
            }
        }
    }
}

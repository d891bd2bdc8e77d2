using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

        Assert.Contains("href=\"script\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"journal\"", html, StringComparison.Ordinal);
        Assert.Contains("Ask about recording", html, StringComparison.Ordinal);
        Assert.Contains("it does not give legal advice", html, StringComparison.Ordinal);
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
        var folder = Data.Tests.TestDatabase.CreateFolder();
        try
        {
            await using (var first = UndertoneWebFactory.On(folder))
            {
                await first.Services.GetRequiredService<SettingsStore>().SetFlagAsync(SettingKeys.DarkMode, true);
            }

            await using var second = UndertoneWebFactory.On(folder);
            Assert.True(await second.Services.GetRequiredService<SettingsStore>().GetFlagAsync(SettingKeys.DarkMode));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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
        var folder = Data.Tests.TestDatabase.CreateFolder();
        try
        {
            var path = Path.Combine(folder, UndertoneDatabase.FileName);
            var bytes = "not a database, still somebody's data"u8.ToArray();
            await File.WriteAllBytesAsync(path, bytes);

            var (exitCode, output) = await RunAppAsync(folder);

            Assert.Equal(1, exitCode);
            Assert.Contains($"could not read its database file at '{path}'", output, StringComparison.Ordinal);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_WithADatabaseFromANewerUndertone_ExitsWithAClearMessage_AndTheFileIsByteForByteUnchanged()
    {
        var folder = Data.Tests.TestDatabase.CreateFolder();
        try
        {
            var path = Path.Combine(folder, UndertoneDatabase.FileName);
            await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path)))
            {
                await UndertoneDatabase.MigrateAsync(db, path);
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')");
            }

            SqliteConnection.ClearAllPools();
            var before = System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path));

            var (exitCode, output) = await RunAppAsync(folder);

            Assert.Equal(1, exitCode);
            Assert.Contains("made by a newer version of Undertone", output, StringComparison.Ordinal);
            Assert.Equal(before, System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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
    private static async Task<(int ExitCode, string Output)> RunAppAsync(string dataDirectory)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Undertone.Web.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment[DataDirectory.EnvironmentVariable] = dataDirectory;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

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

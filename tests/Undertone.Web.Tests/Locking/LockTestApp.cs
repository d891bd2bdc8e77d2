namespace Undertone.Web.Tests.Locking;

/// <summary>The real app on a data folder of its own (kept across restarts), with cheap Argon2id, for the lock's tests.</summary>
internal sealed class LockTestApp : IAsyncDisposable
{
    // Cheap Argon2id for tests; the app's own settings are Argon2Settings.Default.
    public static readonly Argon2Settings FastKdf = new(MemoryKiB: 1024, Iterations: 1, Parallelism: 1);

    public const string Passphrase = "a quiet lake at dawn";

    private readonly List<IAsyncDisposable> _apps = [];

    public string Folder { get; } = TestDatabase.CreateFolder();

    /// <summary>The factory of the app started last (its launch token signs clients in).</summary>
    public UndertoneWebFactory? Factory { get; private set; }

    public WebApplicationFactory<Program> Start()
    {
        Factory = UndertoneWebFactory.On(Folder);
        _apps.Add(Factory);
        var app = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(FastKdf)));
        _apps.Add(app);
        return app;
    }

    public async Task StopAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        _apps.Clear();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Every file in the data folder that holds <paramref name="text"/> as UTF-8.</summary>
    public List<string> FilesHolding(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0)];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

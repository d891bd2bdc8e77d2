namespace Undertone.Data.Tests;

/// <summary>A real, migrated SQLite file in its own temp folder, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<UndertoneDbContext>
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Options = UndertoneDatabase.CreateOptions(Path);
    }

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, UndertoneDatabase.FileName);

    public DbContextOptions<UndertoneDbContext> Options { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase(CreateFolder());
        await using var db = database.CreateDbContext();
        await UndertoneDatabase.MigrateAsync(db, database.Path);
        return database;
    }

    public static string CreateFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "undertone-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public UndertoneDbContext CreateDbContext() => new(Options);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

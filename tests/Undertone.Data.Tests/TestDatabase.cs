using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Tests;

/// <summary>A real SQLite file in a temp folder, migrated with the app's own migrations; deleted afterwards.</summary>
public sealed class TestDatabase : IDbContextFactory<UndertoneDbContext>, IAsyncDisposable
{
    private readonly string _directory;

    private TestDatabase(string directory)
    {
        _directory = directory;
        Path = System.IO.Path.Combine(directory, UndertoneDatabase.FileName);
    }

    public string Path { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "undertone-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = new TestDatabase(directory);
        await using var db = database.CreateDbContext();
        await UndertoneDatabase.MigrateAsync(db, database.Path);
        return database;
    }

    public UndertoneDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<UndertoneDbContext>();
        options.UseUndertoneSqlite(Path);
        return new UndertoneDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

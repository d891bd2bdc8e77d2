using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Undertone.Data.CompiledModels;

namespace Undertone.Data.Tests;

public sealed class UndertoneDatabaseTests
{
    [Fact]
    public async Task Migrate_EmptyFolder_CreatesDatabaseWithEveryMigrationApplied()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        Assert.True(File.Exists(database.Path));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Model_HasNoChangesMissingAMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task CompiledModel_IsWhatTheAppUses_AndMatchesTheModelBuiltFromTheCode()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var compiled = database.CreateDbContext();
        await using var fromCode = new UndertoneDbContext(new DbContextOptionsBuilder<UndertoneDbContext>()
            .UseSqlite(UndertoneDatabase.ConnectionString(database.Path)).Options);
        const string Regenerate = "The compiled model (src/Undertone.Data/CompiledModels) is stale: regenerate it as the comment on UndertoneDbContext says.";

        Assert.Same(UndertoneDbContextModel.Instance, compiled.Model);
        // Entity types, their tables, properties (types, lengths, nullability), keys, indexes and relationships.
        Assert.True(Describe(fromCode.Model) == Describe(compiled.Model), Regenerate);
    }

    [Fact]
    public async Task Migrate_SetsWalAndEveryConnectionUsesFullSyncAndBusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous;"));
        Assert.Equal(SqlitePragmas.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Migrate_Twice_KeepsData()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new SettingsStore(database);
        await store.SetFlagAsync(SettingKeys.DarkMode, true);

        await using (var db = database.CreateDbContext())
        {
            await UndertoneDatabase.MigrateAsync(db, database.Path);
        }

        Assert.True(await store.GetFlagAsync(SettingKeys.DarkMode));
    }

    [Fact]
    public async Task Migrate_FileThatIsNotADatabase_ThrowsNamingTheFileAndLeavesItUntouched()
    {
        var folder = TestDatabase.CreateFolder();
        try
        {
            var path = Path.Combine(folder, UndertoneDatabase.FileName);
            var bytes = "These are not the bytes of a SQLite database, but they are somebody's file."u8.ToArray();
            await File.WriteAllBytesAsync(path, bytes);
            var options = UndertoneDatabase.CreateOptions(path);
            await using var db = new UndertoneDbContext(options);

            var error = await Assert.ThrowsAsync<DatabaseRefusedException>(() => UndertoneDatabase.MigrateAsync(db, path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("not been changed or deleted", error.Message, StringComparison.Ordinal);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_DamagedDatabase_ThrowsAndLeavesFileUntouched()
    {
        var folder = TestDatabase.CreateFolder();
        try
        {
            var path = Path.Combine(folder, UndertoneDatabase.FileName);
            var options = UndertoneDatabase.CreateOptions(path);
            await using (var db = new UndertoneDbContext(options))
            {
                await UndertoneDatabase.MigrateAsync(db, path);
            }

            SqliteConnection.ClearAllPools();
            var bytes = await File.ReadAllBytesAsync(path);
            Array.Fill(bytes, (byte)0xAB, 4096, bytes.Length - 4096); // keep the header page, wreck the rest
            await File.WriteAllBytesAsync(path, bytes);
            foreach (var sidecar in new[] { path + "-wal", path + "-shm" })
            {
                File.Delete(sidecar);
            }

            await using var reopened = new UndertoneDbContext(options);
            await Assert.ThrowsAsync<DatabaseRefusedException>(() => UndertoneDatabase.MigrateAsync(reopened, path));
            Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
            Assert.Equal([path], Directory.GetFiles(folder)); // no -wal or -shm made beside it
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DeletedText_IsOverwrittenInTheFile_NotJustUnlinked()
    {
        await using var database = await TestDatabase.CreateAsync();
        const string Secret = "zanzibarquokkaphrase";
        await using (var db = database.CreateDbContext())
        {
            db.Settings.Add(new Setting { Key = "test.secret", Value = Secret + new string('x', 500) });
            await db.SaveChangesAsync();
            db.Settings.Remove(await db.Settings.SingleAsync(s => s.Key == "test.secret"));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(database.Path);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Secret)));
    }

    /// <summary>
    /// The model's entity types, as their debug views. Not the whole model's view: a raw SQL query (the search's
    /// <c>SqlQuery</c>) adds an ad-hoc entity type to the shared model the first time it runs, in whichever test that is.
    /// </summary>
    private static string Describe(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        string.Join('\n', model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e.ToDebugString(MetadataDebugStringOptions.LongDefault)));

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public Task Migrate_FileFromANewerUndertone_IsRefused_ByteForByteUnchanged_WithNothingBesideIt() =>
        InEmptyFolderAsync(async (folder, path) =>
        {
            await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path)))
            {
                await UndertoneDatabase.MigrateAsync(db, path);
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')");
            }

            SqliteConnection.ClearAllPools(); // the last connection checkpoints and removes -wal and -shm

            await AssertRefusedUntouchedAsync(folder, path, "newer version of Undertone");
        });

    [Fact]
    public Task Migrate_AnotherProgramsDatabase_IsRefused_ByteForByteUnchanged_WithNothingBesideIt() =>
        InEmptyFolderAsync(async (folder, path) =>
        {
            await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await other.OpenAsync();
                await using var create = other.CreateCommand();
                create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('someone else''s note');";
                await create.ExecuteNonQueryAsync();
            }

            await AssertRefusedUntouchedAsync(folder, path, "not one of Undertone's");
        });

    [Fact]
    public Task Migrate_AnEmptyFile_BecomesUndertones() =>
        InEmptyFolderAsync(async (_, path) =>
        {
            await File.WriteAllBytesAsync(path, []);
            await using var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path));

            await UndertoneDatabase.MigrateAsync(db, path);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        });

    /// <summary>Runs <paramref name="test"/> with a fresh empty folder and the journal's path in it; deletes the folder afterwards.</summary>
    private static async Task InEmptyFolderAsync(Func<string, string, Task> test)
    {
        var folder = TestDatabase.CreateFolder();
        try
        {
            await test(folder, Path.Combine(folder, UndertoneDatabase.FileName));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Start-up refuses the file, saying <paramref name="reason"/>; the file is byte-for-byte unchanged and alone in its folder.</summary>
    private static async Task AssertRefusedUntouchedAsync(string folder, string path, string reason)
    {
        var before = SHA256.HashData(await File.ReadAllBytesAsync(path));
        await using var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path));

        var error = await Assert.ThrowsAsync<DatabaseRefusedException>(() => UndertoneDatabase.MigrateAsync(db, path));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(path)));
        Assert.Equal([path], Directory.GetFiles(folder));
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Undertone.Data.CompiledModels;
using Undertone.Data.Encryption;

namespace Undertone.Data;

/// <summary>Where the database lives and how it is opened, checked and migrated.</summary>
public static class UndertoneDatabase
{
    public const string FileName = "undertone.db";

    private const string HistoryTable = "__EFMigrationsHistory";

    private const long IncrementalAutoVacuum = 2;

    private const string CompactingSuffix = ".compacting";

    /// <summary>
    /// The connection string for the journal file. <paramref name="password"/> is the raw data key as <c>x'…'</c>
    /// (from <see cref="JournalLock"/>), never a passphrase. Registers the native SQLite first (<see cref="SqliteNative"/>).
    /// </summary>
    public static string ConnectionString(string databasePath, string? password = null, bool pooling = true)
    {
        SqliteNative.Initialize();
        return new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = pooling,
            Password = password ?? string.Empty,
        }.ToString();
    }

    /// <summary>
    /// EF Core on the journal file. With a <paramref name="journalLock"/>, every connection gets the data key while
    /// unlocked and none opens while locked (<see cref="JournalLockedException"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseUndertoneSqlite(this DbContextOptionsBuilder options, string databasePath, JournalLock? journalLock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseSqlite(ConnectionString(databasePath))
            // The model as generated code (CompiledModels/, regenerated with each migration: see UndertoneDbContext),
            // so no start builds it from the configurations (issue 19, docs/decisions/013). Server mode's PostgreSQL
            // contexts add the owner filters and keep the model EF builds at run time.
            .UseModel(UndertoneDbContextModel.Instance)
            // On every migrate, EF checks that no migration is missing by building the model twice more (from the
            // snapshot, and for design time) and comparing them, which slows every start (issue 19, docs/benchmarks.md
            // "Start-up"). A forgotten migration is a developer's mistake: UndertoneDatabaseTests catches it.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(new SqlitePragmas(), new Agreements.SessionMaterialStamp(), new VersionStamp());
        if (journalLock is not null)
        {
            options.AddInterceptors(new JournalKeyInterceptor(journalLock));
        }

        return options;
    }

    /// <summary>Options for a context on the given file, outside dependency injection (tools, tests, benchmarks).</summary>
    public static DbContextOptions<UndertoneDbContext> CreateOptions(string databasePath, JournalLock? journalLock = null)
    {
        var options = new DbContextOptionsBuilder<UndertoneDbContext>();
        options.UseUndertoneSqlite(databasePath, journalLock);
        return options.Options;
    }

    /// <summary>
    /// Checks an existing file without writing to it (see <see cref="InspectAsync"/>), switches it to WAL and applies
    /// the migrations. A file Undertone won't open throws <see cref="DatabaseRefusedException"/> and is untouched.
    /// </summary>
    public static Task MigrateAsync(UndertoneDbContext db, string databasePath, CancellationToken cancellationToken = default) =>
        MigrateAsync(db, databasePath, journalLock: null, cancellationToken);

    /// <summary>
    /// As <see cref="MigrateAsync(UndertoneDbContext, string, CancellationToken)"/>, for an encrypted journal: the
    /// check reads the file with the lock's data key (throws <see cref="JournalLockedException"/> while locked).
    /// </summary>
    public static async Task MigrateAsync(UndertoneDbContext db, string databasePath, JournalLock? journalLock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (File.Exists(databasePath))
        {
            await InspectAsync(databasePath, journalLock?.ConnectionPassword, db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            // Takes effect only in a new, empty file (an older one is converted by TidyFileAsync).
            await db.Database.ExecuteSqlRawAsync("PRAGMA auto_vacuum=INCREMENTAL;", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsUnreadable(ex))
        {
            throw DatabaseRefusedException.Unreadable(databasePath, ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gives the file's free pages back to the disk and empties the <c>-wal</c>; run once at start-up, after the
    /// migrations. The file uses incremental auto-vacuum (new files from their first page; a file from before is
    /// converted once, see <see cref="CompactAsync"/>), so this is a quick no-op when
    /// nothing was freed. It never merges the search index: with FTS5's secure-delete kept on, edits and deletes already
    /// take old words out of it, and a merge wrote a whole new copy of the index beside the old one, growing the file by
    /// about a third (issue 19).
    /// </summary>
    public static async Task TidyFileAsync(UndertoneDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        SqliteOnlyException.ThrowUnlessSqlite(db.Database, "Search index upkeep");
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var compact = false;
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (await ScalarAsync(connection, "PRAGMA auto_vacuum;", cancellationToken).ConfigureAwait(false) != IncrementalAutoVacuum)
            {
                compact = true;
            }
            else if (await ScalarAsync(connection, "PRAGMA freelist_count;", cancellationToken).ConfigureAwait(false) > 0)
            {
                await ScalarAsync(connection, "PRAGMA incremental_vacuum;", cancellationToken).ConfigureAwait(false);
            }

            await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
            if (compact)
            {
                await CompactAsync(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        if (compact)
        {
            await ReplaceWithCompactedAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a compacted copy of the file, with incremental auto-vacuum, beside it.
    /// <c>VACUUM INTO</c> writes the copy straight to its own file through a small page cache. A plain <c>VACUUM</c>
    /// would build the copy in SQLite's temporary storage first, which this app's SQLite keeps in memory (so that no
    /// unencrypted temporary file is ever written): the whole journal would be held in memory at once.
    /// The copy is encrypted with the same key as the file.
    /// </summary>
    private static async Task CompactAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var copy = connection.DataSource + CompactingSuffix;
        File.Delete(copy); // left by a start that stopped half-way
        await ScalarAsync(connection, "PRAGMA auto_vacuum = INCREMENTAL;", cancellationToken).ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "VACUUM INTO $copy;";
            command.Parameters.AddWithValue("$copy", copy);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Puts the compacted copy in the file's place, once no connection has the file open (the last one to close
    /// removes the <c>-wal</c>); if one still does, the copy is dropped and the next start tries again. The rename is
    /// atomic: a crash leaves either the old file or the new one, never half of each.
    /// </summary>
    private static async Task ReplaceWithCompactedAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var path = connection.DataSource;
        var copy = path + CompactingSuffix;
        SqliteConnection.ClearPool(connection);
        if (File.Exists(path + "-wal") || !File.Exists(copy))
        {
            File.Delete(copy);
            return;
        }

        File.Move(copy, path, overwrite: true);
        File.Delete(path + "-shm");
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads an existing file without changing it: SQLite must be able to read it, and it must be empty or
    /// Undertone's own, with no migration this build doesn't know. Without a <c>-wal</c> beside it, the file is opened
    /// as immutable, so not even a <c>-shm</c> file is created next to a file that turns out to be damaged or foreign.
    /// </summary>
    private static async Task InspectAsync(string databasePath, string? password, HashSet<string> knownMigrations, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new SqliteConnection(ReadOnlyConnectionString(databasePath, password));
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var check = await QueryAsync(connection, "PRAGMA quick_check;", cancellationToken).ConfigureAwait(false);
                if (check is not ["ok"])
                {
                    throw DatabaseRefusedException.Unreadable(databasePath, new InvalidDataException("quick_check failed"));
                }

                var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';", cancellationToken).ConfigureAwait(false);
                if (tables.Count == 0)
                {
                    return; // an empty file: Undertone makes it its own
                }

                if (!tables.Contains(HistoryTable))
                {
                    throw DatabaseRefusedException.NotUndertones(databasePath);
                }

                var applied = await QueryAsync(connection, $"SELECT MigrationId FROM \"{HistoryTable}\";", cancellationToken).ConfigureAwait(false);
                if (applied.Count == 0 && tables.Count > 1)
                {
                    throw DatabaseRefusedException.NotUndertones(databasePath);
                }

                if (applied.Any(id => !knownMigrations.Contains(id)))
                {
                    throw DatabaseRefusedException.Newer(databasePath);
                }
            }
        }
        catch (SqliteException ex) when (IsUnreadable(ex))
        {
            throw DatabaseRefusedException.Unreadable(databasePath, ex);
        }
    }

    private static string ReadOnlyConnectionString(string databasePath, string? password)
    {
        SqliteNative.Initialize();
        var immutable = !File.Exists(databasePath + "-wal");
        return new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(Path.GetFullPath(databasePath)).AbsoluteUri + "?immutable=1" : databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            Password = password ?? string.Empty,
        }.ToString();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var values = new List<string>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    values.Add(reader.GetString(0));
                }

                return values;
            }
        }
    }

    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); SQLITE_CANTOPEN (14) when the file cannot be opened at all.
    private static bool IsUnreadable(SqliteException ex) => ex.SqliteErrorCode is 11 or 14 or 26;
}

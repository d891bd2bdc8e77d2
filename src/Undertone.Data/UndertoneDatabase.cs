using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Undertone.Data.Encryption;

namespace Undertone.Data;

/// <summary>Where the database lives and how it is opened, checked and migrated.</summary>
public static class UndertoneDatabase
{
    public const string FileName = "undertone.db";

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
            .AddInterceptors(new SqlitePragmas());
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
    /// Checks that an existing file is a readable SQLite database (without writing to it), switches it to WAL and
    /// applies the migrations. An unreadable file throws <see cref="DatabaseUnreadableException"/> and is untouched.
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
            await EnsureReadableAsync(databasePath, journalLock?.ConnectionPassword, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsUnreadable(ex))
        {
            throw DatabaseUnreadableException.For(databasePath, ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Merges the full-text search index into one piece. FTS5 keeps the words of replaced text (every autosave
    /// replaces a recap's words) in the file until a merge; this drops them. Run once at start-up: quick when
    /// nothing changed, about 0.15 s for a 10,000-recap journal that has.
    /// </summary>
    public static async Task OptimizeSearchIndexAsync(UndertoneDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch) VALUES ('optimize')", cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnsureReadableAsync(string databasePath, string? password, CancellationToken cancellationToken)
    {
        SqliteNative.Initialize();
        var readOnly = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            Password = password ?? string.Empty,
        }.ToString();
        try
        {
            var connection = new SqliteConnection(readOnly);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "PRAGMA quick_check;";
                    var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
                    if (!string.Equals(result, "ok", StringComparison.Ordinal))
                    {
                        throw DatabaseUnreadableException.For(databasePath, new InvalidDataException("quick_check failed"));
                    }
                }
            }
        }
        catch (SqliteException ex) when (IsUnreadable(ex))
        {
            throw DatabaseUnreadableException.For(databasePath, ex);
        }
    }

    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); SQLITE_CANTOPEN (14) when the file cannot be opened at all.
    private static bool IsUnreadable(SqliteException ex) => ex.SqliteErrorCode is 11 or 14 or 26;
}

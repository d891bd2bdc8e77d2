using Microsoft.Data.Sqlite;

namespace Undertone.Data.Encryption;

/// <summary>
/// The journal file itself under the lock: whether it is still plain, re-encrypting it in place from one key to
/// another (SQLite's rekey), and checking that a key opens it. <see cref="JournalLock"/> decides when.
/// </summary>
internal static class JournalFileEncryption
{
    private const string PlainHeader = "SQLite format 3\0";

    /// <summary>True when the file exists and begins with SQLite's plain header (it is not encrypted).</summary>
    public static bool StartsAsPlainDatabase(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return false;
        }

        Span<byte> header = stackalloc byte[PlainHeader.Length];
        using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
            && header.SequenceEqual("SQLite format 3\0"u8);
    }

    /// <summary>
    /// Re-encrypts the journal file in place from one key to another (null = plain). SQLite's rekey needs the
    /// rollback journal, so the WAL is checkpointed away first and switched back on after; the integrity check runs
    /// on the result. No plaintext copy stays in the folder: the WAL is emptied and deleted, and the rollback journal
    /// is deleted when the rekey commits.
    /// </summary>
    public static async Task ConvertAsync(string databasePath, byte[]? currentKey, byte[]? newKey, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(databasePath, currentKey is null ? null : RawKey(currentKey), pooling: false));
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout={SqlitePragmas.BusyTimeoutMilliseconds};", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
            await ExpectAsync(connection, "PRAGMA journal_mode=DELETE;", "delete", cancellationToken).ConfigureAwait(false);
            var rekey = newKey is null ? string.Empty : RawKey(newKey);
            await ExecuteAsync(connection, $"PRAGMA rekey = '{rekey.Replace("'", "''", StringComparison.Ordinal)}';", cancellationToken).ConfigureAwait(false);
            await ExpectAsync(connection, "PRAGMA integrity_check;", "ok", cancellationToken).ConfigureAwait(false);
            await ExpectAsync(connection, "PRAGMA journal_mode=WAL;", "wal", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the file with the key and reads its schema; a wrong key or a damaged file is refused.</summary>
    public static async Task EnsureOpensAsync(string databasePath, byte[] dataKey, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(databasePath, RawKey(dataKey), pooling: false));
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "SELECT count(*) FROM sqlite_master;", cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
            {
                throw DatabaseRefusedException.Unreadable(databasePath, ex);
            }
        }
    }

    /// <summary>The key as SQLite3 Multiple Ciphers takes it raw (no key derivation inside SQLite).</summary>
    public static string RawKey(byte[] key) => $"x'{Convert.ToHexString(key)}'";

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExpectAsync(SqliteConnection connection, string sql, string expected, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            var answer = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            if (!string.Equals(answer, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new JournalConversionException($"Converting the journal stopped: '{sql}' answered '{answer}', not '{expected}'.");
            }
        }
    }
}

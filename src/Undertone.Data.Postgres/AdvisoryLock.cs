using Npgsql;

namespace Undertone.Data.Postgres;

/// <summary>
/// A PostgreSQL session-level advisory lock, held on a connection of its own for as long as this object lives, so
/// that work meant to happen once across every instance of Undertone on one database (a background job's round)
/// runs on one instance at a time: the others find the lock taken and skip that round, or wait for their turn (the
/// start-up migrations; docs/decisions/014, "More than one instance"). If the instance holding it dies, PostgreSQL
/// ends its connection and the lock goes too.
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Takes the lock named <paramref name="key"/> if nobody holds it; null (at once, without waiting) if somebody does.</summary>
    public static Task<AdvisoryLock?> TryTakeAsync(string connectionString, long key, CancellationToken cancellationToken = default) =>
        TakeAsync(connectionString, "SELECT pg_try_advisory_lock(@key)", key, cancellationToken);

    /// <summary>Takes the lock named <paramref name="key"/>, waiting for as long as somebody else holds it.</summary>
    public static async Task<AdvisoryLock> WaitForAsync(string connectionString, long key, CancellationToken cancellationToken = default) =>
        (await TakeAsync(connectionString, "SELECT pg_advisory_lock(@key) IS NOT NULL", key, cancellationToken).ConfigureAwait(false))!;

    private static async Task<AdvisoryLock?> TakeAsync(string connectionString, string sql, long key, CancellationToken cancellationToken)
    {
        // Not from the pool: a pooled connection could be handed back with the lock still on it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (await RunAsync(connection, sql, key, cancellationToken).ConfigureAwait(false))
            {
                return new AdvisoryLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Lets the lock go and closes its connection. Closing alone lets it go too, so a connection that broke meanwhile
    /// (the lock went with it) is only closed: the work done under the lock is not undone by a failed unlock.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                await RunAsync(_connection, "SELECT pg_advisory_unlock(@key)", _key, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException)
        {
            // Broke during the unlock: PostgreSQL ends the session, and the lock with it.
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> RunAsync(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        // No time limit: waiting for another instance's turn (its migrations) ends when it lets go or the wait is cancelled.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }
}

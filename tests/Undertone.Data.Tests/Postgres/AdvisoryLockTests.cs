using Npgsql;
using Undertone.Data.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// The lock that makes instances take turns (the start-up migrations) or skip a round (the background jobs). Each test
/// uses a key of its own, so tests running side by side on the database never meet.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class AdvisoryLockTests(PostgresFixture postgres)
{
    [Fact]
    public async Task WaitFor_WaitsWhileAnotherInstanceHoldsIt_AndTakesItOnceLetGo()
    {
        var key = NewKey();
        var first = (await AdvisoryLock.TryTakeAsync(postgres.ConnectionString, key))!;
        Assert.Null(await AdvisoryLock.TryTakeAsync(postgres.ConnectionString, key)); // taken: a job's round skips

        var second = AdvisoryLock.WaitForAsync(postgres.ConnectionString, key);
        await WaitUntilAsync(key, granted: false); // queued behind the first in PostgreSQL
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(await AdvisoryLock.TryTakeAsync(postgres.ConnectionString, key));
    }

    [Fact]
    public async Task Dispose_AfterTheConnectionBroke_DoesNotThrow_AndTheLockIsFree()
    {
        var key = NewKey();
        var held = await AdvisoryLock.WaitForAsync(postgres.ConnectionString, key);
        var holder = await WaitUntilAsync(key, granted: true);
        await using (var admin = new NpgsqlConnection(postgres.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
            terminate.Parameters.AddWithValue("pid", holder);
            Assert.Equal(true, await terminate.ExecuteScalarAsync()); // as a database restart would
        }

        await held.DisposeAsync();

        await using var again = await AdvisoryLock.TryTakeAsync(postgres.ConnectionString, key);
        Assert.NotNull(again);
    }

    private static long NewKey() => Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>The backend that holds (or waits for) the lock, once PostgreSQL shows it so; fails after 30 s.</summary>
    private async Task<int> WaitUntilAsync(long key, bool granted)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT pid FROM pg_locks
            WHERE locktype = 'advisory' AND granted = @granted
              AND classid = ((@key >> 32) & 4294967295)::bigint::oid AND objid = (@key & 4294967295)::bigint::oid
            """,
            connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("granted", granted);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await command.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            Assert.True(DateTime.UtcNow < deadline, $"PostgreSQL never showed the lock {(granted ? "held" : "waited for")}.");
            await Task.Yield();
        }
    }
}

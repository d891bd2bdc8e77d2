using Npgsql;

namespace Undertone.TestSupport.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database on the server that <c>UNDERTONE_TEST_POSTGRES</c> names, dropped afterwards.
/// Without the variable, making one fails saying how to set it (the tests never skip).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "UNDERTONE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    /// <summary>The new database, as the tests' (non-superuser) role.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Makes a database named <paramref name="namePrefix"/> and a new id; <paramref name="whoNeedsIt"/> ("the PostgreSQL
    /// tests") names what cannot run when the variable is not set.
    /// </summary>
    public static async Task<PostgresDatabase> CreateAsync(string namePrefix, string whoNeedsIt)
    {
        var server = Environment.GetEnvironmentVariable(Variable) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so {whoNeedsIt} cannot run. Set it to a connection string for a role that may create " +
                "databases and is not a superuser, e.g. \"Host=localhost;Username=undertone_test;Password=undertone_test;Database=undertone_test\" " +
                "(README, \"Tests on PostgreSQL\"; .ci/run sets it up).");
        }

        var database = new PostgresDatabase(server, namePrefix + Guid.NewGuid().ToString("N"));
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>
    /// Drops the database. Dropping is tidying, not testing: when PostgreSQL still refuses after the tries (seen about
    /// once in ten CI runs, its code not shown by xunit's clean-up report), the database is left for the machine to
    /// lose, and the reason goes to standard error, rather than failing a run whose tests all passed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", anyRefusal: true);
        }
        catch (PostgresException ex)
        {
            await Console.Error.WriteLineAsync($"Left the test database {_name}: PostgreSQL said {ex.SqlState} {ex.MessageText}");
        }
    }

    // Test projects run side by side and each makes and drops databases: PostgreSQL refuses one of these while another
    // is copying or dropping at the same moment ("object in use", a deadlock). Then the next try goes through.
    // A drop may also be tried again on any other refusal (anyRefusal), after a short pause that grows.
    private async Task ExecuteOnServerAsync(string sql, bool anyRefusal = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_server);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 10 && (anyRefusal || ex.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.DeadlockDetected))
            {
                NpgsqlConnection.ClearAllPools();
                if (anyRefusal)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
                }
            }
        }
    }
}

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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    // Test projects run side by side and each makes and drops databases: PostgreSQL refuses one of these while another
    // is copying or dropping at the same moment ("object in use", a deadlock). Then the next try goes through.
    private async Task ExecuteOnServerAsync(string sql)
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
            catch (PostgresException ex) when (attempt < 10 && ex.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.DeadlockDetected)
            {
                NpgsqlConnection.ClearAllPools();
            }
        }
    }
}

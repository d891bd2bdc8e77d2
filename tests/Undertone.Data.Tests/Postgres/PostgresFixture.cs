using Npgsql;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// A fresh PostgreSQL database with server mode's migrations applied, made on the server that
/// <c>UNDERTONE_TEST_POSTGRES</c> names and dropped afterwards. Without that variable every test of the PostgreSQL
/// collection fails with a message that says how to set it (README, "Tests on PostgreSQL"); nothing is skipped.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Variable = "UNDERTONE_TEST_POSTGRES";

    private string _serverConnectionString = string.Empty;

    private string _databaseName = string.Empty;

    /// <summary>The test database, as the app's (non-superuser) role.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Set it to a connection string for a role that " +
                "may create databases and is not a superuser, e.g. \"Host=localhost;Username=undertone_test;Password=undertone_test;Database=undertone_test\" " +
                "(README, \"Tests on PostgreSQL\"; .ci/run sets it up).");
        }

        _databaseName = "undertone_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName }.ToString();
        await using var db = Nobody();
        await UndertonePostgres.MigrateAsync(db);
    }

    /// <summary>A context for <paramref name="person"/>, as the app would open it.</summary>
    public UndertoneDbContext For(Guid person) => new(UndertonePostgres.CreateOptions(ConnectionString, new KnownPerson(person)));

    /// <summary>A context while nobody is signed in.</summary>
    public UndertoneDbContext Nobody() => new(UndertonePostgres.CreateOptions(ConnectionString, new KnownPerson(null)));

    /// <summary>One person's journal: each test makes its people with new ids, so it owns its data.</summary>
    public PersonJournal Person(Guid person) => new(UndertonePostgres.CreateOptions(ConnectionString, new KnownPerson(person)));

    /// <summary>A new person's (empty) journal: the contexts and the options they are made with.</summary>
    public (IDbContextFactory<UndertoneDbContext> Contexts, DbContextOptions<UndertoneDbContext> Options) NewJournal()
    {
        var options = UndertonePostgres.CreateOptions(ConnectionString, new KnownPerson(Guid.NewGuid()));
        return (new PersonJournal(options), options);
    }

    public async Task DisposeAsync()
    {
        if (_databaseName.Length == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Undertone.Data.Ownership;
using Undertone.Data.Postgres;
using Undertone.TestSupport.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// A fresh PostgreSQL database with server mode's migrations applied, made on the server that
/// <c>UNDERTONE_TEST_POSTGRES</c> names and dropped afterwards. Without that variable every test of the PostgreSQL
/// collection fails with a message that says how to set it (README, "Tests on PostgreSQL"); nothing is skipped.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Variable = PostgresDatabase.Variable;

    private PostgresDatabase? _database;

    /// <summary>The test database, as the app's (non-superuser) role.</summary>
    public string ConnectionString => _database?.ConnectionString ?? string.Empty;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("undertone_test_", "the PostgreSQL tests");
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
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

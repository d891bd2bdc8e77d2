namespace Undertone.Data.Tests.Postgres;

/// <summary>Contexts for one person on the PostgreSQL test database, as the app's factory makes them.</summary>
public sealed class PersonJournal(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
{
    public UndertoneDbContext CreateDbContext() => new(options);
}

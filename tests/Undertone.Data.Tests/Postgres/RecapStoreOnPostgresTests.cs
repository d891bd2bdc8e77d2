namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Every recap store test, run again for one new person on server mode's PostgreSQL database. Search is not built for
/// PostgreSQL yet: where a test searches, it checks that search says so (<see cref="SqliteOnlyException"/>).
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class RecapStoreOnPostgresTests(PostgresFixture postgres) : RecapStoreTests
{
    protected override Task<(IDbContextFactory<UndertoneDbContext> Contexts, DbContextOptions<UndertoneDbContext> Options)> OpenJournalAsync() =>
        Task.FromResult(postgres.NewJournal());

    protected override async Task AssertSearchFindsOneAsync(string words) =>
        Assert.Equal("Search", (await Assert.ThrowsAsync<SqliteOnlyException>(() => Search.SearchAsync(words))).Feature);
}

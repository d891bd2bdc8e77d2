namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Every recap store test, run again for one new person on server mode's PostgreSQL database (search included).
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class RecapStoreOnPostgresTests(PostgresFixture postgres) : RecapStoreTests
{
    protected override PostgresFixture Postgres => postgres;
}

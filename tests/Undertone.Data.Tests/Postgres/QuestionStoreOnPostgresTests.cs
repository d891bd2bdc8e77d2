namespace Undertone.Data.Tests.Postgres;

/// <summary>Every question store test, run again for one new person on server mode's PostgreSQL database.</summary>
[Collection(OnPostgres.Name)]
public sealed class QuestionStoreOnPostgresTests(PostgresFixture postgres) : QuestionStoreTests
{
    protected override PostgresFixture Postgres => postgres;
}

namespace Undertone.Data.Tests.Postgres;

/// <summary>Every test class that needs PostgreSQL shares one migrated database (each test uses its own people).</summary>
[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}

using Microsoft.EntityFrameworkCore.Design;

namespace Undertone.Data.Postgres.Keys;

/// <summary>Lets <c>dotnet ef</c> build the keys context without a database (see <see cref="ServerKeysDbContext"/>).</summary>
internal sealed class ServerKeysDesignTimeFactory : IDesignTimeDbContextFactory<ServerKeysDbContext>
{
    public ServerKeysDbContext CreateDbContext(string[] args) =>
        new(OwnTables.CreateOptions<ServerKeysDbContext>("Host=localhost;Database=undertone_design", ServerKeysDbContext.MigrationsHistoryTable));
}

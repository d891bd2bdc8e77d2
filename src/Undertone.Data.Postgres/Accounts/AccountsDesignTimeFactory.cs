using Microsoft.EntityFrameworkCore.Design;

namespace Undertone.Data.Postgres.Accounts;

/// <summary>Lets <c>dotnet ef</c> build the accounts context without a database (see <see cref="AccountsDbContext"/>).</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(OwnTables.CreateOptions<AccountsDbContext>("Host=localhost;Database=undertone_design", AccountsDbContext.MigrationsHistoryTable));
}

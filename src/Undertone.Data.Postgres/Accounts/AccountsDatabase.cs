using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Postgres.Accounts;

/// <summary>How server mode opens and migrates its accounts (the same database as the journals, tables of their own).</summary>
public static class AccountsDatabase
{
    /// <summary>EF Core on PostgreSQL for the accounts, with this project's account migrations and their own history table.</summary>
    public static DbContextOptionsBuilder UseUndertoneAccounts(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(AccountsDatabase).Assembly.GetName().Name)
            .MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable));
    }

    /// <summary>Options for an accounts context outside dependency injection (tools, tests).</summary>
    public static DbContextOptions<AccountsDbContext> CreateOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseUndertoneAccounts(connectionString);
        return options.Options;
    }
}

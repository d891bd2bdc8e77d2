using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Postgres;

/// <summary>
/// How server mode opens its accounts (<see cref="Accounts.AccountsDbContext"/>) and its Data Protection keys
/// (<see cref="Keys.ServerKeysDbContext"/>): the same database as the journals, tables of their own, migrated by this
/// project's migrations for that context and recorded in a history table of its own.
/// </summary>
public static class OwnTables
{
    /// <summary>EF Core on PostgreSQL with this project's migrations and <paramref name="migrationsHistoryTable"/>.</summary>
    public static DbContextOptionsBuilder UseOwnTables(this DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(OwnTables).Assembly.GetName().Name)
            .MigrationsHistoryTable(migrationsHistoryTable));
    }

    /// <summary>Options for such a context outside dependency injection (tools, tests).</summary>
    public static DbContextOptions<TContext> CreateOptions<TContext>(string connectionString, string migrationsHistoryTable)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseOwnTables(connectionString, migrationsHistoryTable);
        return options.Options;
    }
}

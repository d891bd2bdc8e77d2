using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Postgres.Keys;

/// <summary>How server mode opens and migrates its Data Protection keys (the same database, a table of their own).</summary>
public static class ServerKeysDatabase
{
    /// <summary>EF Core on PostgreSQL for the keys, with this project's key migrations and their own history table.</summary>
    public static DbContextOptionsBuilder UseUndertoneKeys(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(ServerKeysDatabase).Assembly.GetName().Name)
            .MigrationsHistoryTable(ServerKeysDbContext.MigrationsHistoryTable));
    }

    /// <summary>Options for a keys context outside dependency injection (tools, tests).</summary>
    public static DbContextOptions<ServerKeysDbContext> CreateOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ServerKeysDbContext>();
        options.UseUndertoneKeys(connectionString);
        return options.Options;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Undertone.Data.Postgres;

/// <summary>
/// Applies one context's migrations on PostgreSQL, its history table made first when missing. Otherwise the EF Core
/// provider reads that table before making it and logs the failed read as an error at every first start
/// (npgsql/efcore.pg#3407): three <c>[ERR]</c> lines telling whoever runs the server that something went wrong when
/// nothing did.
/// </summary>
public static class PostgresMigrations
{
    public static async Task RunAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Undertone.Data;

namespace Undertone.Web.Hosting;

/// <summary>Healthy when the database answers a query and has no pending migrations.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<UndertoneDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
                return pending.Any()
                    ? HealthCheckResult.Unhealthy("The database has migrations that were not applied.")
                    : HealthCheckResult.Healthy();
            }
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database could not be reached.");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Undertone.Web.Hosting;

/// <summary>
/// Healthy when the database answers, every migration of this build is applied, and none is there that this build
/// doesn't know (a newer Undertone wrote to the file). While the journal is locked it cannot be read: healthy, and says so.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<UndertoneDbContext> dbFactory, JournalLock journalLock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (journalLock.IsLocked)
        {
            return HealthCheckResult.Healthy("locked");
        }

        try
        {
            var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
                var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
                if (applied.Any(id => !known.Contains(id)))
                {
                    return HealthCheckResult.Unhealthy("The database was changed by a newer Undertone.");
                }

                return known.SetEquals(applied)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("The database has migrations that were not applied.");
            }
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is { } problem)
        {
            return HealthCheckResult.Unhealthy($"The database could not be reached ({problem}).");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data;

/// <summary>
/// The one place that moves an item's <c>Version</c> on: a new item starts at 1, and every change to a tracked item
/// adds 1. The version is a concurrency token, so the UPDATE only succeeds if the stored version is still the one the
/// item was read at; otherwise EF throws <see cref="DbUpdateConcurrencyException"/> and the store reports a conflict.
/// Stores never set <c>Version</c> themselves (a restored item keeps the version it was given).
/// </summary>
public sealed class VersionStamp : SaveChangesInterceptor
{
    public const string PropertyName = "Version";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Metadata.FindProperty(PropertyName) is not { IsConcurrencyToken: true })
            {
                continue;
            }

            var version = entry.Property(PropertyName);
            switch (entry.State)
            {
                case EntityState.Added when (long)version.CurrentValue! == 0:
                    version.CurrentValue = 1L;
                    break;
                case EntityState.Modified:
                    version.CurrentValue = (long)version.OriginalValue! + 1;
                    break;
            }
        }
    }

    /// <summary>Marks an item as changed, so the next save gives it a new version even if none of its columns changed.</summary>
    public static void Touch(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Property(PropertyName).IsModified = true;
    }
}

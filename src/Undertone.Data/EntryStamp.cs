using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data;

/// <summary>
/// A save interceptor that looks at every tracked entry just before it is written (<see cref="VersionStamp"/>,
/// <see cref="Ownership.OwnerStamp"/>): changes are detected once, then <see cref="Stamp"/> runs for each entry.
/// </summary>
public abstract class EntryStamp : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        StampAll(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        StampAll(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Sets what this stamp owns on one entry about to be saved.</summary>
    protected abstract void Stamp(EntityEntry entry);

    private void StampAll(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            Stamp(entry);
        }
    }
}

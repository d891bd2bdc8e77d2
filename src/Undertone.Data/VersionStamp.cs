using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Undertone.Data;

/// <summary>
/// The one place that moves an item's <c>Version</c> on: a new item starts at 1, and every change to a tracked item
/// adds 1. The version is a concurrency token, so the UPDATE only succeeds if the stored version is still the one the
/// item was read at; otherwise EF throws <see cref="DbUpdateConcurrencyException"/> and the store reports a conflict.
/// Stores never set <c>Version</c> themselves (a restored item keeps the version it was given).
/// </summary>
public sealed class VersionStamp : EntryStamp
{
    public const string PropertyName = "Version";

    protected override void Stamp(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Metadata.FindProperty(PropertyName) is not { IsConcurrencyToken: true })
        {
            return;
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

    /// <summary>Marks an item as changed, so the next save gives it a new version even if none of its columns changed.</summary>
    public static void Touch(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Property(PropertyName).IsModified = true;
    }
}

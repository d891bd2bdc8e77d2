using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Undertone.Data.Ownership;

/// <summary>
/// The one place that gives a new row its owner in server mode: every added entity (join rows included) gets the
/// signed-in person's id, and an owner id is never changed afterwards. Without a signed-in person nothing is saved
/// (<see cref="NobodySignedInException"/>). A context without an owner model (local mode) is left alone.
/// </summary>
public sealed class OwnerStamp(ICurrentPerson person) : EntryStamp
{
    protected override void Stamp(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Metadata.FindProperty(OwnershipModel.OwnerIdProperty) is null)
        {
            return;
        }

        var owner = entry.Property(OwnershipModel.OwnerIdProperty);
        switch (entry.State)
        {
            case EntityState.Added:
                owner.CurrentValue = person.Id ?? throw new NobodySignedInException();
                break;
            case EntityState.Modified when owner.IsModified:
                throw new InvalidOperationException("An entry's owner never changes.");
        }
    }
}

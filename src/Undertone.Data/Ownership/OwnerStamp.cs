using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data.Ownership;

/// <summary>
/// The one place that gives a new row its owner in server mode: every added entity (join rows included) gets the
/// signed-in person's id, and an owner id is never changed afterwards. Without a signed-in person nothing is saved
/// (<see cref="NobodySignedInException"/>). A context without an owner model (local mode) is left alone.
/// </summary>
public sealed class OwnerStamp(ICurrentPerson person) : SaveChangesInterceptor
{
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

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Metadata.FindProperty(OwnershipModel.OwnerIdProperty) is null)
            {
                continue;
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
}

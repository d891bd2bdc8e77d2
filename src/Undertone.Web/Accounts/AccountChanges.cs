using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Web.Accounts;

/// <summary>
/// Tells this server's open tabs when their account's row was just saved or deleted (a sign-out, a new password, codes
/// turned on or off, a deleted account), so they check their session at once instead of at their next
/// <see cref="AccountSessionCheck.Interval"/>. It watches every save of <c>AccountsDbContext</c>, so a new way of
/// changing an account cannot forget it. Tabs on other instances still check on their interval.
/// </summary>
public sealed class AccountChanges : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Action, byte>> _watchers = new();
    private readonly ConditionalWeakTable<DbContext, List<Guid>> _saving = new();

    /// <summary>Calls <paramref name="changed"/> after each save that touches the account; dispose to stop.</summary>
    public IDisposable Watch(Guid accountId, Action changed)
    {
        _watchers.GetOrAdd(accountId, _ => new()).TryAdd(changed, 0);
        return new Watcher(this, accountId, changed);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Tell(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Tell(eventData.Context);
        return result;
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var accounts = context.ChangeTracker.Entries<Account>()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToList();
        _saving.AddOrUpdate(context, accounts);
    }

    private void Tell(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var accounts))
        {
            return;
        }

        _saving.Remove(context);
        foreach (var id in accounts)
        {
            if (_watchers.TryGetValue(id, out var watchers))
            {
                foreach (var changed in watchers.Keys)
                {
                    changed();
                }
            }
        }
    }

    private sealed class Watcher(AccountChanges owner, Guid accountId, Action changed) : IDisposable
    {
        public void Dispose()
        {
            // The account's (now perhaps empty) set stays: one per account that ever had an open tab, and removing it
            // would race with a tab opening at the same moment.
            if (owner._watchers.TryGetValue(accountId, out var watchers))
            {
                watchers.TryRemove(changed, out _);
            }
        }
    }
}

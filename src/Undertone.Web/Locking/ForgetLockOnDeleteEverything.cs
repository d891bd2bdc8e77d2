namespace Undertone.Web.Locking;

/// <summary>
/// "Delete everything" takes the lock with it: once the journal's rows are gone, the passphrase, the recovery key and
/// the data key they both unwrap are destroyed, and Undertone starts again as a fresh install does, unencrypted.
/// </summary>
internal sealed class ForgetLockOnDeleteEverything(LockKeeper keeper) : IDeleteEverythingHook
{
    public Task AfterEverythingDeletedAsync(CancellationToken cancellationToken) => keeper.ForgetLockAsync(cancellationToken);
}

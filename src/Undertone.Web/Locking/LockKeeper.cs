using System.Collections.Concurrent;

namespace Undertone.Web.Locking;

/// <summary>
/// The web side of the passphrase lock, in one place for pages, the API and the idle timer: unlocking migrates the
/// journal (the migrator cannot while it is locked), locking ends every session and tells every open tab, and the
/// idle time is remembered here. The key itself is <see cref="JournalLock"/>'s alone.
/// </summary>
public sealed class LockKeeper(
    JournalLock journalLock,
    AccessSessions sessions,
    DatabaseMigrator migrator,
    SettingsStore settings,
    TimeProvider time,
    ILogger<LockKeeper> logger)
{
    public const string IdleMinutesKey = "lock.idleMinutes";

    public const int DefaultIdleMinutes = 15;

    /// <summary>How long locking waits for open pages to save what was typed; after that it locks anyway.</summary>
    public static readonly TimeSpan SaveBeforeLockLimit = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<long, Func<Task>> _beforeLock = new();
    private long _lastActivityTicks = time.GetUtcNow().UtcTicks;
    private long _nextSaver;
    private int _idleCheckRunning;

    /// <summary>Raised after the journal locks or unlocks (on the thread that did it).</summary>
    public event Action? Changed;

    public LockState State => journalLock.State;

    public bool IsLocked => journalLock.IsLocked;

    /// <summary>Minutes without use before the journal locks itself; 0 = never. Read from settings after unlock.</summary>
    public int IdleMinutes { get; private set; } = DefaultIdleMinutes;

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    /// <summary>Someone used Undertone just now (a request or something done in an open tab).</summary>
    public void Touch() => Interlocked.Exchange(ref _lastActivityTicks, time.GetUtcNow().UtcTicks);

    public Task<PassphraseResult> UnlockAsync(string passphrase, CancellationToken cancellationToken = default) =>
        AfterUnlockAsync(journalLock.UnlockAsync(passphrase, cancellationToken), cancellationToken);

    public Task<PassphraseResult> UnlockWithRecoveryKeyAsync(string recoveryKey, CancellationToken cancellationToken = default) =>
        AfterUnlockAsync(journalLock.UnlockWithRecoveryKeyAsync(recoveryKey, cancellationToken), cancellationToken);

    /// <summary>Sets the passphrase (the journal is encrypted in place) and returns the recovery key, to show once.</summary>
    public async Task<string> SetUpAsync(string passphrase, CancellationToken cancellationToken = default)
    {
        var recoveryKey = await journalLock.SetUpAsync(passphrase, cancellationToken).ConfigureAwait(false);
        Touch();
        logger.LogInformation("The journal now has a passphrase and is encrypted");
        Changed?.Invoke();
        return recoveryKey;
    }

    public Task<PassphraseResult> ChangePassphraseAsync(string current, string next, CancellationToken cancellationToken = default) =>
        journalLock.ChangePassphraseAsync(current, next, cancellationToken);

    /// <summary>Removes the lock: the journal goes back to a plain file.</summary>
    public async Task<PassphraseResult> RemoveAsync(string passphrase, CancellationToken cancellationToken = default)
    {
        var result = await journalLock.RemoveAsync(passphrase, cancellationToken).ConfigureAwait(false);
        if (result.IsAccepted)
        {
            logger.LogInformation("The passphrase was removed; the journal is a plain file again");
            Changed?.Invoke();
        }

        return result;
    }

    /// <summary>
    /// After "delete everything": the key file and the key are destroyed and the empty journal is a plain file again,
    /// as on a fresh install. Does nothing when there is no passphrase.
    /// </summary>
    public async Task ForgetLockAsync(CancellationToken cancellationToken = default)
    {
        if (!journalLock.State.Encrypted)
        {
            return;
        }

        await journalLock.ForgetLockAsync(cancellationToken).ConfigureAwait(false);
        IdleMinutes = DefaultIdleMinutes; // the setting went with everything else
        logger.LogInformation("Everything was deleted, so the passphrase and its keys were destroyed too");
        Changed?.Invoke();
    }

    /// <summary>
    /// An open page with typed text (a recap being written) asks to save it before the journal locks. Dispose the
    /// answer when the page goes. The save must not throw; a slow one is waited for up to <see cref="SaveBeforeLockLimit"/>.
    /// </summary>
    public IDisposable SaveBeforeLock(Func<Task> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        var id = Interlocked.Increment(ref _nextSaver);
        _beforeLock[id] = save;
        return new Registration(() => _beforeLock.TryRemove(id, out _));
    }

    /// <summary>
    /// Locks now: open pages save what was typed first, then the key is zeroed and SQLite's pool cleared, every
    /// session cookie stops working (API clients keep their token), and every open tab shows the unlock screen. Does
    /// nothing when there is no passphrase.
    /// </summary>
    public async Task LockNowAsync(string reason)
    {
        if (!journalLock.State.Encrypted)
        {
            return;
        }

        await SaveOpenPagesAsync().ConfigureAwait(false);
        journalLock.Lock();
        sessions.EndAll();
        logger.LogInformation("The journal was locked ({Reason})", reason);
        Changed?.Invoke();
    }

    /// <summary>
    /// Locks when nobody has used Undertone for <see cref="IdleMinutes"/>. Called by <see cref="IdleLock"/>; a check
    /// that comes while the previous one is still saving open pages does nothing.
    /// </summary>
    public async Task<bool> LockIfIdleAsync()
    {
        if (IdleMinutes <= 0 || !journalLock.State.Encrypted || journalLock.IsLocked)
        {
            return false;
        }

        if (time.GetUtcNow() - LastActivity < TimeSpan.FromMinutes(IdleMinutes))
        {
            return false;
        }

        if (Interlocked.Exchange(ref _idleCheckRunning, 1) == 1)
        {
            return false;
        }

        try
        {
            await LockNowAsync("idle").ConfigureAwait(false);
            return true;
        }
        finally
        {
            Volatile.Write(ref _idleCheckRunning, 0);
        }
    }

    /// <summary>Remembers how long Undertone waits before locking itself (0 = never).</summary>
    public async Task SetIdleMinutesAsync(int minutes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        await settings.SetAsync(IdleMinutesKey, minutes.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        IdleMinutes = minutes;
        Touch();
    }

    /// <summary>Reads the idle time from the journal's settings (readable only while unlocked).</summary>
    public async Task LoadIdleMinutesAsync(CancellationToken cancellationToken = default)
    {
        var stored = await settings.GetAsync(IdleMinutesKey, cancellationToken).ConfigureAwait(false);
        IdleMinutes = int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : DefaultIdleMinutes;
    }

    private async Task SaveOpenPagesAsync()
    {
        if (journalLock.IsLocked || _beforeLock.IsEmpty)
        {
            return;
        }

        var saves = _beforeLock.Values.Select(SaveOnePageAsync).ToList();
        try
        {
            await Task.WhenAll(saves).WaitAsync(SaveBeforeLockLimit, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // What was not saved stays in its tab and is saved after the unlock.
            logger.LogWarning("Locking without waiting longer for {Count} open pages to save", saves.Count(t => !t.IsCompleted));
        }
    }

    private async Task SaveOnePageAsync(Func<Task> save)
    {
        try
        {
            await save().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A page's save reports its own problems; one that throws is a bug, and the lock must still happen.
            logger.LogError("An open page failed to save before locking: {Failure}", StorageFailure.Describe(ex));
        }
    }

    private async Task<PassphraseResult> AfterUnlockAsync(Task<PassphraseResult> unlocking, CancellationToken cancellationToken)
    {
        var result = await unlocking.ConfigureAwait(false);
        if (!result.IsAccepted)
        {
            return result;
        }

        Touch();
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);

        try
        {
            await LoadIdleMinutesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is not null)
        {
            logger.LogWarning("Could not read the idle lock time ({Problem}); using {Minutes} minutes", StorageFailure.Classify(ex), DefaultIdleMinutes);
        }

        logger.LogInformation("The journal was unlocked");
        Changed?.Invoke();
        return result;
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        private Action? _remove = remove;

        public void Dispose() => Interlocked.Exchange(ref _remove, null)?.Invoke();
    }
}

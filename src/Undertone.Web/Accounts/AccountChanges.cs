using System.Collections.Concurrent;
using System.Data.Common;

namespace Undertone.Web.Accounts;

/// <summary>
/// Tells this server's open tabs when their account's security stamp changed or the account was deleted (a sign-out, a
/// new password, codes turned on or off), on this instance or any other on the database, so they check their session
/// at once instead of at their next <see cref="AccountSessionCheck.Interval"/>. PostgreSQL sends the notices
/// (<see cref="AccountChangeNotices"/>); this listens on one connection for as long as the server runs. When that
/// connection is lost it connects again after <see cref="RetryAfter"/> (on the injected clock), and then has every
/// open tab check once, for the notices it may have missed meanwhile; the tabs' own check every minute covers the gap.
/// Checks take turns, <see cref="ChecksAtOnce"/> at a time: each needs a connection from the pool every request uses,
/// and that catch-up tells every open tab at the same moment.
/// </summary>
public sealed partial class AccountChanges(string connectionString, TimeProvider clock, ILogger<AccountChanges> logger) : BackgroundService
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>How many open tabs check their session at the same time; the others wait their turn (a check is one short query).</summary>
    public const int ChecksAtOnce = 4;

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Func<Task>, byte>> _watchers = new();
    private readonly SemaphoreSlim _turns = new(ChecksAtOnce); // never disposed: no wait handle is ever made

    /// <summary>
    /// The PostgreSQL backend's process id of the connection this server listens on, or null while it has none (it
    /// shows in <c>pg_stat_activity</c> as <see cref="AccountChangeNotices.ApplicationName"/>).
    /// </summary>
    public int? ListeningOn { get; private set; }

    /// <summary>Raised when <see cref="ListeningOn"/> changes: when the server listens (again), and when it lost the connection.</summary>
    public event Action<int?>? ListeningChanged;

    /// <summary>Runs <paramref name="check"/>, in its turn, after each change to the account; dispose to stop.</summary>
    public IDisposable Watch(Guid accountId, Func<Task> check)
    {
        _watchers.GetOrAdd(accountId, _ => new()).TryAdd(check, 0);
        return new Watcher(this, accountId, check);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tabs can open before the first LISTEN, and notices are lost while not listening: each time it listens, every
        // open tab checks once for what it may have missed.
        var missedSome = true;
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await AccountChangeNotices.ListenAsync(
                    connectionString,
                    listening: backend =>
                    {
                        if (missedSome)
                        {
                            TellEveryone();
                            missedSome = false;
                        }

                        lost = false;

                        SetListeningOn(backend);
                    },
                    changed: Tell,
                    stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The database restarted or could not be reached; never a reason to stop the server. Logged once per
                // outage, not at every try; its code only, never its message.
                if (!lost)
                {
                    LogLost(logger, (e as DbException)?.SqlState ?? e.GetType().Name);
                    lost = true;
                }

                missedSome = true;
            }

            var retry = Task.Delay(RetryAfter, clock, stoppingToken);
            SetListeningOn(null); // after the wait has begun, so a test that moves the clock on is not too early
            try
            {
                await retry.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void SetListeningOn(int? backend)
    {
        ListeningOn = backend;
        try
        {
            ListeningChanged?.Invoke(backend);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An observer's failure is not the listener's: it must never stop the server.
        }
    }

    private void Tell(Guid accountId)
    {
        if (_watchers.TryGetValue(accountId, out var watchers))
        {
            foreach (var check in watchers.Keys)
            {
                _ = InTurnAsync(check);
            }
        }
    }

    private async Task InTurnAsync(Func<Task> check)
    {
        await _turns.WaitAsync().ConfigureAwait(false);
        try
        {
            await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A tab's failed check is the tab's: it checks again on its interval (and ends if it cannot check then).
        }
        finally
        {
            _turns.Release();
        }
    }

    private void TellEveryone()
    {
        foreach (var accountId in _watchers.Keys)
        {
            Tell(accountId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears about signed-out accounts ({Failure}); trying again, and open tabs check every minute meanwhile")]
    private static partial void LogLost(ILogger logger, string failure);

    private sealed class Watcher(AccountChanges owner, Guid accountId, Func<Task> check) : IDisposable
    {
        public void Dispose()
        {
            // The account's (now perhaps empty) set stays: one per account that ever had an open tab, and removing it
            // would race with a tab opening at the same moment.
            if (owner._watchers.TryGetValue(accountId, out var watchers))
            {
                watchers.TryRemove(check, out _);
            }
        }
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Undertone.Data.Agreements;
using Undertone.Web.Accounts;

namespace Undertone.Web.Agreements;

/// <summary>
/// Runs the "deleted after N days" rule: once at start-up and then every <see cref="Period"/>, on the injected clock.
/// Each run deletes everything whose day has come, however long ago, so nothing is missed when the app was closed on
/// the day. While the journal is locked it waits for the next run. Logs counts only. In server mode
/// (<paramref name="everyone"/>) each run goes through every person's journal in turn, on one instance at a time: an
/// instance that finds another one running skips that run (docs/decisions/014, "More than one instance").
/// </summary>
public sealed partial class SessionMaterialJob(
    SessionMaterialRules rules,
    DatabaseMigrator migrator,
    TimeProvider clock,
    ILogger<SessionMaterialJob> logger,
    EveryPerson? everyone = null) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(10);

    /// <summary>The PostgreSQL advisory lock that one instance holds while it runs the rules ("Undert" in ASCII, then 1).</summary>
    public const long LockKey = 0x556E_6465_7274_0001;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource<MaterialCounts?> _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up run has finished (with its counts, or null when the journal was locked).</summary>
    public Task<MaterialCounts?> FirstRun => _firstRun.Task;

    /// <summary>Raised after a run that deleted something (pages showing reminders refresh).</summary>
    public event Action<MaterialCounts>? Deleted;

    /// <summary>Raised after every run, whatever it found (tests wait on it instead of sleeping).</summary>
    public event Action<MaterialCounts?>? Ran;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _firstRun.TrySetResult(await RunOnceAsync(stoppingToken).ConfigureAwait(false));
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One run. Null when the journal could not be read (locked or busy) or, in server mode, when another instance is
    /// running the rules right now: the next run tries again.
    /// </summary>
    public async Task<MaterialCounts?> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        MaterialCounts? counts = null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
            counts = everyone is null
                ? await rules.DeleteDueAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)
                : await DeleteDueForEveryoneAsync(everyone, cancellationToken).ConfigureAwait(false);
            if (counts is { Total: > 0 })
            {
                LogDeleted(logger, counts.TherapistSaid, counts.VoiceNotes);
                Deleted?.Invoke(counts);
            }
        }
        catch (JournalLockedException)
        {
            LogLocked(logger);
        }
        catch (SqliteException ex) when (StorageFailure.Classify(ex) is not null)
        {
            LogUnreachable(logger, StorageFailure.Describe(ex));
        }
        catch (DbException ex) when (everyone is not null)
        {
            // Server mode: the database is down or restarting. Its code only, never its message.
            LogUnreachable(logger, ex.SqlState ?? ex.GetType().Name);
        }
        finally
        {
            _gate.Release();
        }

        Ran?.Invoke(counts);
        return counts;
    }

    // Every person's pass, the person set for each (EveryPerson); null when another instance holds the lock.
    private async Task<MaterialCounts?> DeleteDueForEveryoneAsync(EveryPerson people, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var total = MaterialCounts.None;
        var ranFor = await people.RunAsync(
            LockKey,
            async ct =>
            {
                var counts = await rules.DeleteDueAsync(now, ct).ConfigureAwait(false);
                total = new MaterialCounts(total.TherapistSaid + counts.TherapistSaid, total.VoiceNotes + counts.VoiceNotes);
            },
            cancellationToken).ConfigureAwait(false);
        if (ranFor is null)
        {
            LogSkipped(logger);
            return null;
        }

        return total;
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deletion rules ran: {TherapistSaidCount} therapist's words and {VoiceNoteCount} voice notes deleted")]
    private static partial void LogDeleted(ILogger logger, int therapistSaidCount, int voiceNoteCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deletion rules wait: the journal is locked")]
    private static partial void LogLocked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deletion rules skipped this run: another instance is running them")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deletion rules could not run ({Failure}); the next run tries again")]
    private static partial void LogUnreachable(ILogger logger, string failure);
}

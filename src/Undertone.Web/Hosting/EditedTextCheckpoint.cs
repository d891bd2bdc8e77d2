using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Hosting;

/// <summary>
/// Words a person takes out by editing (a recap changed, the builder's draft typed over) are gone from the tables and
/// the search index at once, but SQLite's <c>-wal</c> file keeps the pages as they were until it is emptied. Deletes
/// empty it straight away (<see cref="DeletedTextCheckpoint"/>); saves do not, so typing stays fast. This empties it
/// once the writing has paused: every <see cref="Pause"/> (on the injected clock) it looks at the <c>-wal</c>, and when
/// the file is not empty and has not changed since the last look, it runs the same checkpoint. So at most two pauses
/// after the last save, no file of the data folder holds the words that were replaced. Local mode only: in server mode
/// there is no file of ours (docs/decisions/014). A locked journal's <c>-wal</c> is encrypted; it waits for unlock.
/// </summary>
public sealed partial class EditedTextCheckpoint(
    IDbContextFactory<UndertoneDbContext> dbFactory,
    UndertonePaths paths,
    JournalLock journalLock,
    TimeProvider clock,
    ILogger<EditedTextCheckpoint> logger) : BackgroundService
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Raised after each look (tests wait on it): null when there was nothing to empty or the writing had not paused,
    /// otherwise whether the checkpoint emptied the <c>-wal</c>.
    /// </summary>
    public event Action<bool?>? Looked;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var walFile = paths.DatabaseFile + "-wal";
        var lastLook = WalState.Of(walFile);
        using var timer = new PeriodicTimer(Pause, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var look = WalState.Of(walFile);
            bool? emptied = null;
            // A locked journal's -wal is encrypted, and it cannot be opened: the first look after unlock empties it.
            if (look.Length > 0 && look == lastLook && !journalLock.IsLocked)
            {
                emptied = await CheckpointAsync(stoppingToken).ConfigureAwait(false);
                look = WalState.Of(walFile);
            }

            lastLook = look;
            Looked?.Invoke(emptied);
        }
    }

    private async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                return await DeletedTextCheckpoint.RunAsync(db, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JournalLockedException)
        {
            return false; // locked in the moment since the look
        }
        catch (SqliteException ex) when (StorageFailure.Classify(ex) is not null)
        {
            LogUnreachable(logger, StorageFailure.Describe(ex));
            return false;
        }
    }

    /// <summary>The <c>-wal</c>'s size and last write; a file that is not there is empty.</summary>
    private readonly record struct WalState(long Length, DateTime WrittenUtc)
    {
        public static WalState Of(string file)
        {
            var info = new FileInfo(file);
            return info.Exists ? new WalState(info.Length, info.LastWriteTimeUtc) : default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The -wal could not be emptied after edits ({Failure}); the next pause tries again")]
    private static partial void LogUnreachable(ILogger logger, string failure);
}

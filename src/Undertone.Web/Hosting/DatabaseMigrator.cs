using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Undertone.Web.Accounts;

namespace Undertone.Web.Hosting;

/// <summary>
/// Checks and migrates the database, and gives its free pages back (<see cref="UndertoneDatabase.TidyFileAsync"/>),
/// before the server accepts its first request. A
/// journal locked with a passphrase cannot be read yet: then this waits, and unlocking runs it
/// (<see cref="EnsureMigratedAsync"/>).
/// </summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<UndertoneDbContext> dbFactory,
    UndertonePaths paths,
    JournalLock journalLock,
    ILogger<DatabaseMigrator> logger,
    ServerDatabase? server = null) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _migrated;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Undertone keeps its data in {DataDirectory}", paths.DataDirectory);
        if (journalLock.IsLocked)
        {
            logger.LogInformation("The journal is locked with a passphrase; it is checked and updated when it is unlocked");
            return;
        }

        await EnsureMigratedAsync(cancellationToken);
    }

    /// <summary>Checks and migrates the journal, once per start. Throws <see cref="JournalLockedException"/> while locked.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            if (server is not null)
            {
                // Server mode: PostgreSQL, its journals and its accounts; none of the SQLite file's upkeep.
                await server.MigrateAsync(cancellationToken);
                _migrated = true;
                return;
            }

            var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                await UndertoneDatabase.MigrateAsync(db, paths.DatabaseFile, journalLock, cancellationToken);
                try
                {
                    await UndertoneDatabase.TidyFileAsync(db, cancellationToken);
                }
                catch (SqliteException ex)
                {
                    // Tidying is worth having, not worth refusing to start over: search and the journal still work.
                    logger.LogWarning("Could not tidy the database file ({Failure}); the next start tries again", StorageFailure.Describe(ex));
                }
            }

            _migrated = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _gate.Dispose();
}

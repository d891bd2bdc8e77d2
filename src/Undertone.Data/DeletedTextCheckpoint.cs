using Microsoft.EntityFrameworkCore;

namespace Undertone.Data;

/// <summary>
/// After a delete, the words are gone from the tables (<c>secure_delete</c>) and the search index (FTS5's
/// <c>secure-delete</c>), but SQLite's <c>-wal</c> file still holds the pages as they were before. A
/// <c>wal_checkpoint(TRUNCATE)</c> copies every page into the database file and empties the <c>-wal</c>, so no file
/// of the data folder keeps the deleted text. Deletes pay for it (see docs/benchmarks.md); saves do not.
/// </summary>
public static class DeletedTextCheckpoint
{
    /// <summary>
    /// Runs the checkpoint on the context's connection, outside any transaction. Returns false when a reader still
    /// held an older snapshot after the busy timeout, so part of the <c>-wal</c> could not be emptied yet (the next
    /// delete or the next start tries again). On PostgreSQL (server mode) there is no file of ours to empty: it returns
    /// true at once, and the deleted rows' old versions wait for PostgreSQL's own VACUUM (docs/decisions/014).
    /// </summary>
    public static async Task<bool> RunAsync(UndertoneDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return true;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                // One row: busy, frames in the log, frames checkpointed. busy = 1 means it could not finish.
                var busy = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return Convert.ToInt64(busy, System.Globalization.CultureInfo.InvariantCulture) == 0;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}

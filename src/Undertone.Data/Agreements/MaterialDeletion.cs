using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Agreements;

/// <summary>
/// Deletes session material so that it leaves no trace in any file: one write transaction with FTS5's secure-delete on
/// (the therapist's words are in the search index), SQLite's own <c>secure_delete</c> zeroing the freed pages (the
/// audio), then an index merge and <see cref="DeletedTextCheckpoint"/> to empty the <c>-wal</c>. The same steps as a
/// recap's delete in the journal store.
/// </summary>
public static class MaterialDeletion
{
    public static async Task<T> RunAsync<T>(UndertoneDbContext db, Func<Task<T>> delete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(delete);
        T result;
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await SetSearchSecureDeleteAsync(db, on: true, cancellationToken).ConfigureAwait(false);
                try
                {
                    result = await delete().ConfigureAwait(false);
                }
                finally
                {
                    await SetSearchSecureDeleteAsync(db, on: false, CancellationToken.None).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await UndertoneDatabase.OptimizeSearchIndexAsync(db, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    private static Task<int> SetSearchSecureDeleteAsync(UndertoneDbContext db, bool on, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', {(on ? 1 : 0)})", cancellationToken);
}

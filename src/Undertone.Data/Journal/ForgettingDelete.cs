using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Journal;

/// <summary>How recaps, questions and sample entries are deleted so that their words leave the disk at once.</summary>
internal static class ForgettingDelete
{
    /// <summary>
    /// Runs <paramref name="delete"/> (the reading it needs included) in one write transaction with FTS5's
    /// secure-delete on, so the deleted words leave the search index at once instead of at its next merge. Only
    /// deletes pay for this (about 8 ms on a 10,000-recap journal); autosaves do not, and
    /// <see cref="UndertoneDatabase.OptimizeSearchIndexAsync"/> drops the words edits removed. Other writers wait
    /// for the transaction, so nothing changes under the delete and the setting never applies to them. After the commit,
    /// the index is merged (the item's earlier versions left words in older segments) and
    /// <see cref="DeletedTextCheckpoint"/> empties the <c>-wal</c> file, which still held the words.
    /// </summary>
    public static async Task<T> RunAsync<T>(UndertoneDbContext db, Func<Task<T>> delete, CancellationToken cancellationToken)
    {
        T result;
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
                // Also when the delete fails: FTS5 keeps the setting in this pooled connection's memory too, and a
                // rollback only undoes the stored copy. Every later autosave on the connection would pay for it.
                await SetSearchSecureDeleteAsync(db, on: false, CancellationToken.None).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Earlier versions of the item (every autosave) left their words in older index segments; a merge drops them.
        await UndertoneDatabase.OptimizeSearchIndexAsync(db, CancellationToken.None).ConfigureAwait(false);
        await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    private static Task<int> SetSearchSecureDeleteAsync(UndertoneDbContext db, bool on, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', {(on ? 1 : 0)})", cancellationToken);
}

namespace Undertone.Data.Journal;

/// <summary>How recaps, questions, sample entries and session material are deleted so that their words leave the disk at once.</summary>
internal static class ForgettingDelete
{
    /// <summary>
    /// Runs <paramref name="delete"/> (the reading it needs included) in one write transaction. The search index keeps
    /// FTS5's secure-delete on (migration <c>KeepSearchSecureDeleteOn</c>), so the deleted words, and those of the
    /// item's earlier versions, are already out of the index when the transaction commits; no merge is needed. After
    /// the commit, <see cref="DeletedTextCheckpoint"/> empties the <c>-wal</c> file, which still held the words.
    /// </summary>
    public static async Task<T> RunAsync<T>(UndertoneDbContext db, Func<Task<T>> delete, CancellationToken cancellationToken)
    {
        T result;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            result = await delete().ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
        return result;
    }
}

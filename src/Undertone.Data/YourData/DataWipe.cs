using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.YourData;

/// <summary>
/// "Delete everything": every recap, voice note, question, theme, revisit mark, saved message, agreement, working draft and
/// setting, in one write transaction that also empties the search index; then the file is rebuilt (<c>VACUUM</c>) and
/// the <c>-wal</c> emptied, so none of the journal's words stays in any file of the data folder. The app keeps working
/// on the same, now empty, file. Hooks (<see cref="IDeleteEverythingHook"/>) run last.
/// In server mode (PostgreSQL) it deletes the signed-in person's rows only: the query filters and row-level security
/// both scope each <c>DELETE</c> to the context's person (docs/decisions/014); there is no file to rebuild there, and
/// the deleted text stays in PostgreSQL's free space until it is vacuumed (the set-up page says so).
/// </summary>
public sealed class DataWipe(IDbContextFactory<UndertoneDbContext> dbFactory, IEnumerable<IDeleteEverythingHook> hooks)
{
    /// <summary>What the person types to confirm (the page and <c>POST /api/data/wipe</c> both ask for it).</summary>
    public const string Confirmation = "delete everything";

    public static bool IsConfirmed(string? typed) =>
        string.Equals(typed?.Trim(), Confirmation, StringComparison.OrdinalIgnoreCase);

    /// <summary>Deletes everything; <paramref name="progress"/> hears when the rows are gone and the files are being cleared.</summary>
    public async Task DeleteEverythingAsync(IProgress<DataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new DataProgress(DataStep.Removing, 0, 0));
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!db.Database.IsSqlite())
            {
                await DeleteOwnRowsOnServerAsync(db, cancellationToken).ConfigureAwait(false);
                progress?.Report(new DataProgress(DataStep.Finished, 0, 0));
                return;
            }

            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await DeleteRowsAsync(db, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                // VACUUM writes a fresh, compact file, and the checkpoint empties the -wal it went through.
                progress?.Report(new DataProgress(DataStep.WipingFiles, 0, 0));
                await db.Database.ExecuteSqlRawAsync("VACUUM", CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }

            await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
        }

        foreach (var hook in hooks)
        {
            await hook.AfterEverythingDeletedAsync(cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new DataProgress(DataStep.Finished, 0, 0));
    }

    /// <summary>
    /// Deletes every row the journal and the script builder keep (the caller holds the write transaction). The search
    /// index is emptied with a rebuild rather than word by word: FTS5's secure-delete is switched off while the rows
    /// go (each delete then costs a marker instead of a search through every index segment) and the rebuild drops
    /// every segment; SQLite's <c>secure_delete</c> zeroes the pages they leave. Secure-delete is switched back on
    /// before this returns, also when it fails, so the connection never keeps the "off" in memory.
    /// When voice recaps land, their rows (and files, after the commit) belong here too.
    /// </summary>
    internal static async Task DeleteRowsAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            // Server mode (PostgreSQL): no search index of ours; the query filter and row-level security keep every
            // delete to the signed-in person's rows.
            await DeleteTablesAsync(db, cancellationToken).ConfigureAwait(false);
            return;
        }

        await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 0)", cancellationToken).ConfigureAwait(false);
        try
        {
            await DeleteTablesAsync(db, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch) VALUES ('rebuild')", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 1)", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Server mode: the signed-in person's rows, in one transaction (nobody signed in owns nothing, so deletes nothing).</summary>
    private static async Task DeleteOwnRowsOnServerAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await DeleteTablesAsync(db, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every table of the journal and the script builder, children first (on PostgreSQL, the person's rows only).</summary>
    private static async Task DeleteTablesAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        await db.RevisitMarks.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Questions.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<Dictionary<string, object>>("RecapThemes").ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.VoiceNoteChunks.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false); // voice notes: audio first
        await db.VoiceNotes.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Recaps.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Themes.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.ScriptAgreements.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.SavedScripts.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.ScriptDrafts.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Settings.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}

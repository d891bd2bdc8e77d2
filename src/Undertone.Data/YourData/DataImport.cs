using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.YourData;

/// <summary>
/// Brings a file in (see <see cref="ImportReader"/>): checks every item against the same limits as the pages, shows
/// what it would do (<see cref="PreviewAsync"/>), then applies it in one write transaction — all or nothing, on SQLite or, for the signed-in person, on PostgreSQL
/// (<see cref="ApplyAsync"/>). A merge never overwrites: identical items are skipped, and an item that differs from
/// the one here with the same id is added beside it.
/// </summary>
public sealed class DataImport(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Every problem with the file's items; empty when it can be imported.</summary>
    public IReadOnlyList<ImportProblem> Validate(ImportFile file) => ImportValidation.Validate(file, Today);

    /// <summary>
    /// Server mode (PostgreSQL): every person's rows draw their ids from the same counters, so a file's ids are never
    /// written as they are; they only link the file's items to each other, and every imported row gets a new id. Kept
    /// ids there could land on another person's row (a unique violation that says the id is taken) or ahead of the
    /// counter (someone's later save failing). Local mode's journal is one person's: a replace keeps the file's ids.
    /// </summary>
    private static bool SharesIds(UndertoneDbContext db) =>
        db.Model.FindEntityType(typeof(Domain.Journal.Recap))?.FindProperty(Ownership.OwnershipModel.OwnerIdProperty) is not null;

    /// <summary>What a merge (or a replace) of the file would do. Reads only.</summary>
    public async Task<ImportPreview> PreviewAsync(ImportFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = Validate(file);
        var doc = file.Document;
        if (problems.Count > 0 || doc is null)
        {
            return new ImportPreview(file.Source, 0, 0, 0, 0, 0, 0, problems);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var here = await ImportMatching.ExistingAsync(db, cancellationToken).ConfigureAwait(false);
            var (alreadyHere, sideBySide) = ImportMatching.Compare(doc, here);
            return new ImportPreview(file.Source, doc.Recaps?.Count ?? 0, doc.Questions?.Count ?? 0, doc.CarriedThemes().Count, doc.Scripts?.Count ?? 0, alreadyHere, sideBySide, []);
        }
    }

    /// <summary>
    /// Validates again, then applies the file in one write transaction. A file with problems changes nothing and
    /// returns them. Replace deletes everything here first (in the same transaction).
    /// </summary>
    public async Task<ImportPreview> ApplyAsync(
        ImportFile file, ImportMode mode, IProgress<DataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = Validate(file);
        var doc = file.Document;
        if (problems.Count > 0 || doc is null)
        {
            return new ImportPreview(file.Source, 0, 0, 0, 0, 0, 0, problems);
        }

        ImportPreview result;
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    if (mode == ImportMode.Replace)
                    {
                        progress?.Report(new DataProgress(DataStep.Removing, 0, 0));
                        await DataWipe.DeleteRowsAsync(db, cancellationToken).ConfigureAwait(false);
                    }

                    var here = await ImportMatching.ExistingAsync(db, cancellationToken).ConfigureAwait(false);
                    var (alreadyHere, sideBySide) = ImportMatching.Compare(doc, here);
                    await ImportWriter.InsertAsync(db, doc, file.AudioFiles, here, keepIds: mode == ImportMode.Replace && file.Source == ImportSource.Undertone && !SharesIds(db), progress, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    result = new ImportPreview(file.Source, doc.Recaps?.Count ?? 0, doc.Questions?.Count ?? 0, doc.CarriedThemes().Count, doc.Scripts?.Count ?? 0, alreadyHere, sideBySide, []);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }

            if (mode == ImportMode.Replace && db.Database.IsSqlite())
            {
                // The -wal still holds the pages of what was replaced (PostgreSQL: no file of ours to clear).
                progress?.Report(new DataProgress(DataStep.WipingFiles, 0, 0));
                await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
            }
        }

        progress?.Report(new DataProgress(DataStep.Finished, result.Recaps, result.Recaps));
        return result;
    }
}

using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// The sample recaps, questions and themes a new user can add to see how the journal works, and remove again in
/// one step. Everything added here is marked as a sample.
/// </summary>
public sealed class SampleEntries(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Whether any sample recap or question is in the journal.</summary>
    public async Task<bool> HasSampleEntriesAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Recaps.AnyAsync(r => r.IsSample, cancellationToken).ConfigureAwait(false)
                || await db.Questions.AnyAsync(q => q.IsSample, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds the sample recaps, questions and themes (each marked as a sample). Does nothing if they are already
    /// there — also when two clicks (or two tabs) ask at the same moment: the check and the adding happen in one
    /// write transaction, so the second waits for the first and then finds the samples.
    /// </summary>
    public async Task AddSampleEntriesAsync(CancellationToken cancellationToken = default)
    {
        var sample = SampleJournal.Create(Today);
        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // SQLite's default transaction here is BEGIN IMMEDIATE: it takes the write lock before the check.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var transactionScope = transaction.ConfigureAwait(false);
            if (await db.Recaps.AnyAsync(r => r.IsSample, cancellationToken).ConfigureAwait(false)
                || await db.Questions.AnyAsync(q => q.IsSample, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            foreach (var (name, colour) in sample.Themes)
            {
                var normalized = Theme.Normalize(name);
                if (!await db.Themes.AnyAsync(t => t.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
                {
                    db.Themes.Add(new Theme { Name = name, Colour = colour, IsSample = true });
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            Recap? latest = null;
            foreach (var draft in sample.Recaps)
            {
                var recap = new Recap { CreatedAt = now, UpdatedAt = now, IsSample = true };
                draft.ApplyTo(recap);
                await RecapThemes.SetAsync(db, recap, draft.ThemeNames, isSample: true, cancellationToken).ConfigureAwait(false);
                db.Recaps.Add(recap);
                latest = recap;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var text in sample.Questions)
            {
                db.Questions.Add(new Question { Text = text, CreatedAt = now, SourceRecapId = latest?.Id, IsSample = true });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes every sample recap and question, and the sample themes no recap of the user's own uses.</summary>
    public async Task RemoveSampleEntriesAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await ForgettingDelete.RunAsync(db, async () =>
                {
                    await db.Questions.Where(q => q.IsSample).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Recaps.Where(r => r.IsSample).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    return await db.Themes.Where(t => t.IsSample && !db.Recaps.Any(r => r.Themes.Any(x => x.Id == t.Id)))
                        .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// Reads and writes session recaps: save (create or update, with the themes they carry), read one, list a page,
/// list a date range, delete and undo. One short-lived context per call; reads are not tracked; saves check the
/// recap's <c>Version</c> and report a conflict instead of overwriting. Never logs or throws with anything the user wrote.
/// </summary>
public sealed class RecapStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Characters of a recap's text shown in a list.</summary>
    public const int ExcerptLength = 140;

    /// <summary>Today in the user's time zone, for the "not after today" rule.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Creates a recap (<paramref name="id"/> null) or updates one, if it is still at <paramref name="expectedVersion"/>.
    /// Theme names are matched to existing themes ignoring case; new names become new themes.
    /// </summary>
    public async Task<SaveResult> SaveRecapAsync(int? id, RecapDraft draft, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft = draft.Tidy();
        var errors = JournalValidation.ValidateRecap(draft, Today);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id ?? 0, errors);
        }

        try
        {
            return await SaveRecapOnceAsync(id, draft, expectedVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex) || MissingLink.Is(ex))
        {
            // Another tab created one of these themes a moment ago, or deleted one with the last recap carrying it.
            // Nothing was written; the second try finds the theme, or makes it again.
            return await SaveRecapOnceAsync(id, draft, expectedVersion, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SaveResult> SaveRecapOnceAsync(int? id, RecapDraft draft, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (recap, refused) = await VersionedSave.AddOrFindAtVersionAsync(
                db, db.Recaps.Include(r => r.Themes), id, expectedVersion, () => new Recap { CreatedAt = now }, cancellationToken).ConfigureAwait(false);
            if (recap is null)
            {
                return refused!;
            }

            draft.ApplyTo(recap);
            recap.UpdatedAt = now;

            var carried = recap.Themes.Select(t => t.Id).ToList();
            await RecapThemes.SetAsync(db, recap, draft.ThemeNames, isSample: false, cancellationToken).ConfigureAwait(false);
            var saved = await VersionedSave.SaveAsync(db, recap, cancellationToken).ConfigureAwait(false);
            if (saved.IsSaved)
            {
                await RecapThemes.DeleteUnusedAsync(db, carried.Except(recap.Themes.Select(t => t.Id)).ToList(), cancellationToken).ConfigureAwait(false);
            }

            return saved;
        }
    }

    /// <summary>One recap with its themes, or null if it does not exist.</summary>
    public async Task<Recap?> GetRecapAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Recaps.AsNoTracking().Include(r => r.Themes)
                .SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Recaps newest first (by session date, then newest written), a page at a time.</summary>
    public async Task<RecapPage> ListRecapsAsync(RecapFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        take = Math.Min(take, 500);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var query = db.Recaps.AsNoTracking();
            if (filter.ThemeId is { } themeId)
            {
                query = query.Where(r => r.Themes.Any(t => t.Id == themeId));
            }

            if (filter.From is { } from)
            {
                query = query.Where(r => r.SessionDate >= from);
            }

            if (filter.To is { } to)
            {
                query = query.Where(r => r.SessionDate <= to);
            }

            var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
            var rows = await query
                .OrderByDescending(r => r.SessionDate).ThenByDescending(r => r.Id)
                .Skip(skip).Take(take)
                .Select(r => new
                {
                    r.Id,
                    r.SessionDate,
                    r.Label,
                    r.IsSample,
                    WhatCameUp = r.WhatCameUp.Substring(0, ExcerptLength * 2),
                    Takeaways = r.Takeaways.Substring(0, ExcerptLength * 2),
                    NextSteps = r.NextSteps.Substring(0, ExcerptLength * 2),
                    ToRevisit = r.ToRevisit.Substring(0, ExcerptLength * 2),
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            // Themes for just this page in a second, indexed query (a join in the first defeats the date index).
            var ids = rows.Select(r => r.Id).ToList();
            var themeRows = ids.Count == 0
                ? []
                : await (from link in db.Set<Dictionary<string, object>>("RecapThemes").AsNoTracking()
                         join t in db.Themes.AsNoTracking() on EF.Property<int>(link, "ThemeId") equals t.Id
                         where ids.Contains(EF.Property<int>(link, "RecapId"))
                         select new { RecapId = EF.Property<int>(link, "RecapId"), Tag = new ThemeTag(t.Id, t.Name, t.Colour), t.NormalizedName })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            var themesByRecap = themeRows.OrderBy(t => t.NormalizedName, StringComparer.Ordinal)
                .ToLookup(t => t.RecapId, t => t.Tag);
            var items = rows.Select(r => new RecapSummary(
                r.Id, r.SessionDate, r.Label,
                JournalText.Excerpt(ExcerptLength, r.WhatCameUp, r.Takeaways, r.NextSteps, r.ToRevisit),
                themesByRecap[r.Id].ToList(), r.IsSample)).ToList();
            return new RecapPage(items, total);
        }
    }

    /// <summary>Full recaps (with themes) in a date range, oldest first, for exports and the patterns view.</summary>
    public async Task<IReadOnlyList<Recap>> ListRecapsInRangeAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var query = db.Recaps.AsNoTracking().Include(r => r.Themes).AsQueryable();
            if (from is { } f)
            {
                query = query.Where(r => r.SessionDate >= f);
            }

            if (to is { } t)
            {
                query = query.Where(r => r.SessionDate <= t);
            }

            return await query.OrderBy(r => r.SessionDate).ThenBy(r => r.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes a recap. Returns what was deleted (for a short undo), or null if it was already gone.</summary>
    public async Task<DeletedRecap?> DeleteRecapAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await ForgettingDelete.RunAsync(db, async () =>
                {
                    var recap = await db.Recaps.Include(r => r.Themes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
                    if (recap is null)
                    {
                        return null;
                    }

                    var questionIds = await db.Questions.Where(q => q.SourceRecapId == id).Select(q => q.Id)
                        .ToListAsync(cancellationToken).ConfigureAwait(false);
                    db.Recaps.Remove(recap);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await RecapThemes.DeleteUnusedAsync(db, recap.Themes.Select(t => t.Id).ToList(), cancellationToken).ConfigureAwait(false);
                    return new DeletedRecap(recap, questionIds);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts a just-deleted recap back, with the same id, its themes and its questions' link to it.</summary>
    public async Task RestoreRecapAsync(DeletedRecap deleted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        try
        {
            await RestoreRecapOnceAsync(deleted, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex) || MissingLink.Is(ex))
        {
            // One of its themes was created again elsewhere in the meantime (use that one), or deleted (make it again).
            await RestoreRecapOnceAsync(deleted, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RestoreRecapOnceAsync(DeletedRecap deleted, CancellationToken cancellationToken)
    {
        var old = deleted.Recap;
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.Recaps.AnyAsync(r => r.Id == old.Id, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var recap = new Recap
            {
                Id = old.Id,
                CreatedAt = old.CreatedAt,
                UpdatedAt = old.UpdatedAt,
                Version = old.Version + 1,
                IsSample = old.IsSample,
            };
            RecapDraft.From(old).ApplyTo(recap);
            db.Recaps.Add(recap);
            await RecapThemes.SetAsync(db, recap, old.Themes.Select(t => t.Name).ToList(), old.IsSample, cancellationToken).ConfigureAwait(false);
            foreach (var madeAgain in recap.Themes.Where(t => db.Entry(t).State == EntityState.Added))
            {
                // Deleted with the recap because no other recap carried it: it comes back as it was.
                madeAgain.Colour = old.Themes.First(t => t.NormalizedName == madeAgain.NormalizedName).Colour;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (deleted.QuestionIds.Count > 0)
            {
                var ids = deleted.QuestionIds.ToList();
                await db.Questions.Where(q => ids.Contains(q.Id) && q.SourceRecapId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(q => q.SourceRecapId, old.Id), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

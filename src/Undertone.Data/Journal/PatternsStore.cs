using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Journal;

/// <summary>
/// Loads the journal for the patterns page and the bring-to-session sheet, and keeps the few things those pages
/// change: which revisit items are addressed, questions marked as asked, and a recurring phrase added as a theme.
/// The analysis itself is pure (<see cref="PatternAnalysis"/>); this only reads and writes. Never logs user text.
/// </summary>
public sealed class PatternsStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Patterns read at most this many recaps, the most recent ones.</summary>
    public const int MaxRecaps = 5_000;

    /// <summary>Today in the user's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PatternReport> GetReportAsync(CancellationToken cancellationToken = default)
    {
        var (recaps, questions, marks) = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return PatternAnalysis.Analyze(recaps, questions, marks, Today);
    }

    public async Task<PrepSheet> GetPrepSheetAsync(CancellationToken cancellationToken = default)
    {
        var (recaps, questions, marks) = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return PatternAnalysis.Prep(recaps, questions, marks, Today);
    }

    /// <summary>Marks a revisit item as addressed. Does nothing if it already is, or if its recap is gone.</summary>
    public async Task MarkAddressedAsync(RevisitItemKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var exists = await db.RevisitMarks.AnyAsync(m => m.RecapId == key.RecapId && m.Fingerprint == key.Fingerprint, cancellationToken).ConfigureAwait(false);
            if (exists || !await db.Recaps.AnyAsync(r => r.Id == key.RecapId, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            db.RevisitMarks.Add(new RevisitMark { RecapId = key.RecapId, Fingerprint = key.Fingerprint, AddressedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // A double click or another tab marked it a moment ago: it is addressed, which is what was asked.
            }
        }
    }

    /// <summary>Brings a revisit item back (the undo of <see cref="MarkAddressedAsync"/>).</summary>
    public async Task UnmarkAddressedAsync(RevisitItemKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.RevisitMarks.Where(m => m.RecapId == key.RecapId && m.Fingerprint == key.Fingerprint)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Moves a question from open to asked (it was brought into a session). Returns false when it is no longer
    /// open, so a change made elsewhere is never overwritten.
    /// </summary>
    public Task<bool> MarkQuestionAskedAsync(int questionId, CancellationToken cancellationToken = default) =>
        MoveQuestionAsync(questionId, QuestionStatus.Open, QuestionStatus.Asked, cancellationToken);

    /// <summary>The undo of <see cref="MarkQuestionAskedAsync"/>.</summary>
    public Task<bool> ReopenQuestionAsync(int questionId, CancellationToken cancellationToken = default) =>
        MoveQuestionAsync(questionId, QuestionStatus.Asked, QuestionStatus.Open, cancellationToken);

    /// <summary>
    /// Adds a theme (or finds the one with that name, ignoring case) and tags the given recaps with it, in one
    /// click from a recurring phrase. The tagged recaps get a new version, so a recap form opened earlier reports a
    /// conflict instead of quietly dropping the new theme. Returns the theme's id.
    /// </summary>
    public async Task<SaveResult> AddThemeToRecapsAsync(string name, IReadOnlyCollection<int> recapIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recapIds);
        name = JournalText.Tidy(name);
        var errors = JournalValidation.ValidateTheme(name, null);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(0, errors);
        }

        try
        {
            return await AddThemeToRecapsOnceAsync(name, recapIds, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another tab created this theme a moment ago. Nothing was written; the second try finds and uses it.
            return await AddThemeToRecapsOnceAsync(name, recapIds, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SaveResult> AddThemeToRecapsOnceAsync(string name, IReadOnlyCollection<int> recapIds, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var normalized = Theme.Normalize(name);
            var theme = await db.Themes.SingleOrDefaultAsync(t => t.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
            if (theme is null)
            {
                theme = new Theme { Name = name };
                db.Themes.Add(theme);
            }

            var ids = recapIds.Distinct().ToList();
            var recaps = await db.Recaps.Include(r => r.Themes).Where(r => ids.Contains(r.Id))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var recap in recaps.Where(r => !r.Themes.Contains(theme)))
            {
                recap.Themes.Add(theme);
                VersionStamp.Touch(db.Entry(recap));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A recap was saved at the same moment: report it; nothing was changed.
                return SaveResult.Conflict(theme.Id, 0);
            }

            return SaveResult.Saved(theme.Id, 0);
        }
    }

    private async Task<bool> MoveQuestionAsync(int questionId, QuestionStatus from, QuestionStatus to, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId && q.Status == from, cancellationToken).ConfigureAwait(false);
            if (question is null)
            {
                return false;
            }

            question.Status = to;
            question.StatusChangedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false; // changed in another tab a moment ago
            }
        }
    }

    private async Task<(List<PatternRecap> Recaps, List<PatternQuestion> Questions, HashSet<RevisitItemKey> Marks)> LoadAsync(
        CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Recaps.AsNoTracking()
                .OrderByDescending(r => r.SessionDate).ThenByDescending(r => r.Id)
                .Take(MaxRecaps)
                .Select(r => new
                {
                    r.Id,
                    r.SessionDate,
                    Themes = r.Themes.Select(t => t.Name).ToList(),
                    r.WhatCameUp,
                    r.Takeaways,
                    r.NextSteps,
                    r.ToRevisit,
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var recaps = rows.ConvertAll(r => new PatternRecap(r.Id, r.SessionDate, r.Themes, r.WhatCameUp, r.Takeaways, r.NextSteps, r.ToRevisit));

            var open = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Open)
                .OrderBy(q => q.Id)
                .Take(2_000)
                .Select(q => new { q.Id, q.Text, q.CreatedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var questions = open.ConvertAll(q => new PatternQuestion(q.Id, q.Text, LocalDate(q.CreatedAt), IsOpen: true));

            var marks = await db.RevisitMarks.AsNoTracking()
                .Select(m => new { m.RecapId, m.Fingerprint })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return (recaps, questions, marks.Select(m => new RevisitItemKey(m.RecapId, m.Fingerprint)).ToHashSet());
        }
    }

    private DateOnly LocalDate(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, clock.LocalTimeZone).DateTime);
}

using Microsoft.EntityFrameworkCore;
using Undertone.Domain;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// Reads and writes the reflection journal: recaps, questions for next time, themes and search. One short-lived
/// context per call; reads are not tracked; saves check the item's <c>Version</c> and report a conflict instead of
/// overwriting. Never logs or throws with anything the user wrote.
/// </summary>
public sealed class JournalStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Marks the start of a match in <see cref="SearchHit.Snippet"/> (a control character, never typed).</summary>
    public const char HighlightStart = '\u0002';

    /// <summary>Marks the end of a match in <see cref="SearchHit.Snippet"/>.</summary>
    public const char HighlightEnd = '\u0003';

    public const int DefaultSearchLimit = 50;

    public const int MaxSearchLimit = 200;

    public const int ExcerptLength = 140;

    /// <summary>At most this many of the newest matches are ranked; see <see cref="SearchAsync"/>.</summary>
    public const int RankWindow = 1_000;

    /// <summary>Today in the user's time zone, for the "not after today" rule.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    // ---------------------------------------------------------------- recaps

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
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another tab created one of these themes a moment ago. Nothing was written; now the theme exists, so
            // the second try finds it and uses it.
            return await SaveRecapOnceAsync(id, draft, expectedVersion, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SaveResult> SaveRecapOnceAsync(int? id, RecapDraft draft, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            Recap recap;
            if (id is null)
            {
                recap = new Recap { CreatedAt = now };
                db.Recaps.Add(recap);
            }
            else
            {
                var found = await db.Recaps.Include(r => r.Themes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    return SaveResult.NotFound(id.Value);
                }

                if (found.Version != expectedVersion)
                {
                    return SaveResult.Conflict(found.Id, found.Version);
                }

                recap = found;
            }

            draft.ApplyTo(recap);
            recap.UpdatedAt = now;

            await SetThemesAsync(db, recap, draft.ThemeNames, isSample: false, cancellationToken).ConfigureAwait(false);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                var stored = await StoredRecapVersionAsync(recap.Id, cancellationToken).ConfigureAwait(false);
                return stored is null ? SaveResult.NotFound(recap.Id) : SaveResult.Conflict(recap.Id, stored.Value);
            }

            return SaveResult.Saved(recap.Id, recap.Version);
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
            return await DeleteAndForgetSearchWordsAsync(db, async () =>
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
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // One of its themes was created again elsewhere in the meantime: use that one.
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
            await SetThemesAsync(db, recap, old.Themes.Select(t => t.Name).ToList(), old.IsSample, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (deleted.QuestionIds.Count > 0)
            {
                var ids = deleted.QuestionIds.ToList();
                await db.Questions.Where(q => ids.Contains(q.Id) && q.SourceRecapId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(q => q.SourceRecapId, old.Id), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // ---------------------------------------------------------------- questions

    /// <summary>Saves a new open question, optionally linked to the recap it came from.</summary>
    public async Task<SaveResult> AddQuestionAsync(string text, int? sourceRecapId = null, CancellationToken cancellationToken = default)
    {
        text = JournalText.Tidy(text);
        var errors = JournalValidation.ValidateQuestion(text, "");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(0, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (sourceRecapId is { } recapId && !await db.Recaps.AnyAsync(r => r.Id == recapId, cancellationToken).ConfigureAwait(false))
            {
                sourceRecapId = null;
            }

            var question = new Question { Text = text, CreatedAt = clock.GetUtcNow(), SourceRecapId = sourceRecapId };
            db.Questions.Add(question);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SaveResult.Saved(question.Id, question.Version);
        }
    }

    /// <summary>Changes a question's text, status and answer note, if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<SaveResult> UpdateQuestionAsync(
        int id, string text, QuestionStatus status, string answerNote, long expectedVersion, CancellationToken cancellationToken = default)
    {
        text = JournalText.Tidy(text);
        answerNote = JournalText.Tidy(answerNote);
        var errors = JournalValidation.ValidateQuestion(text, answerNote);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken).ConfigureAwait(false);
            if (question is null)
            {
                return SaveResult.NotFound(id);
            }

            if (question.Version != expectedVersion)
            {
                return SaveResult.Conflict(id, question.Version);
            }

            if (question.Status != status)
            {
                question.Status = status;
                question.StatusChangedAt = clock.GetUtcNow();
            }

            question.Text = text;
            question.AnswerNote = answerNote;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                var stored = await db.Questions.AsNoTracking().Where(q => q.Id == id).Select(q => (long?)q.Version)
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return stored is null ? SaveResult.NotFound(id) : SaveResult.Conflict(id, stored.Value);
            }

            return SaveResult.Saved(id, question.Version);
        }
    }

    public async Task<Question?> GetQuestionAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Questions for the questions page: every open and asked question (open first, newest first), then the most
    /// recent resolved or dropped ones, up to <paramref name="closedLimit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Question>> ListQuestionsAsync(int closedLimit = 200, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var active = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Open || q.Status == QuestionStatus.Asked)
                .OrderBy(q => q.Status == QuestionStatus.Open ? 0 : 1).ThenByDescending(q => q.Id)
                .Take(2_000)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var closed = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Resolved || q.Status == QuestionStatus.Dropped)
                .OrderByDescending(q => q.Id)
                .Take(closedLimit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. active, .. closed];
        }
    }

    /// <summary>Open questions (they carry forward to the next recap), oldest first.</summary>
    public async Task<IReadOnlyList<Question>> ListOpenQuestionsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Open)
                .OrderBy(q => q.Id)
                .Take(limit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes a question. Returns it (for a short undo), or null if it was already gone.</summary>
    public async Task<Question?> DeleteQuestionAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await DeleteAndForgetSearchWordsAsync(db, async () =>
                {
                    var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken).ConfigureAwait(false);
                    if (question is not null)
                    {
                        db.Questions.Remove(question);
                        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return question;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts a just-deleted question back with the same id.</summary>
    public async Task RestoreQuestionAsync(Question deleted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.Questions.AnyAsync(q => q.Id == deleted.Id, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var sourceExists = deleted.SourceRecapId is { } recapId
                && await db.Recaps.AnyAsync(r => r.Id == recapId, cancellationToken).ConfigureAwait(false);
            db.Questions.Add(new Question
            {
                Id = deleted.Id,
                Text = deleted.Text,
                CreatedAt = deleted.CreatedAt,
                SourceRecapId = sourceExists ? deleted.SourceRecapId : null,
                Status = deleted.Status,
                AnswerNote = deleted.AnswerNote,
                StatusChangedAt = deleted.StatusChangedAt,
                IsSample = deleted.IsSample,
                Version = deleted.Version + 1,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // ---------------------------------------------------------------- themes

    /// <summary>Every theme with how many recaps carry it, by name.</summary>
    public async Task<IReadOnlyList<ThemeUsage>> ListThemesAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Themes.AsNoTracking()
                .OrderBy(t => t.NormalizedName)
                .Select(t => new ThemeUsage(t.Id, t.Name, t.Colour, db.Recaps.Count(r => r.Themes.Any(x => x.Id == t.Id)), t.IsSample))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renames a theme. A name another theme already has is refused (merge them instead).</summary>
    public async Task<SaveResult> RenameThemeAsync(int id, string name, CancellationToken cancellationToken = default)
    {
        name = JournalText.Tidy(name);
        var errors = JournalValidation.ValidateTheme(name, null);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // The write lock first (SQLite's BEGIN IMMEDIATE), so no other tab can take the name between the check
            // and the rename; the rename and the recap version bumps land together.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
                if (theme is null)
                {
                    return SaveResult.NotFound(id);
                }

                var normalized = Theme.Normalize(name);
                if (await db.Themes.AnyAsync(t => t.Id != id && t.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
                {
                    return SaveResult.Invalid(id, [new FieldError(nameof(Theme.Name), "There is already a theme with that name. To combine the two, use Merge.")]);
                }

                theme.Name = name;
                theme.IsSample = false;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await TouchRecapsWithThemeAsync(db, id, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return SaveResult.Saved(id, 0);
        }
    }

    /// <summary>Moves every recap from one theme to another and removes the first theme.</summary>
    public async Task<bool> MergeThemesAsync(int fromId, int intoId, CancellationToken cancellationToken = default)
    {
        if (fromId == intoId)
        {
            return false;
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var count = await db.Themes.CountAsync(t => t.Id == fromId || t.Id == intoId, cancellationToken).ConfigureAwait(false);
            if (count != 2)
            {
                return false;
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await TouchRecapsWithThemeAsync(db, fromId, cancellationToken).ConfigureAwait(false);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT OR IGNORE INTO RecapThemes (RecapId, ThemeId) SELECT RecapId, {intoId} FROM RecapThemes WHERE ThemeId = {fromId}",
                    cancellationToken).ConfigureAwait(false);
                await db.Themes.Where(t => t.Id == fromId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
    }

    /// <summary>Removes a theme from every recap and deletes it. The recaps themselves stay.</summary>
    public async Task<bool> DeleteThemeAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            bool deleted;
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await TouchRecapsWithThemeAsync(db, id, cancellationToken).ConfigureAwait(false);
                deleted = await db.Themes.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
            return deleted;
        }
    }

    // ---------------------------------------------------------------- search

    /// <summary>
    /// Full-text search over recaps and questions, best matches first, at most <paramref name="limit"/> results.
    /// Every word must match (the last letters may be missing: "thera" finds "therapy"); accents are ignored.
    /// The user's words are always passed as quoted terms, so FTS syntax in them has no effect. When more than
    /// <see cref="RankWindow"/> items match, the best matches among the newest <see cref="RankWindow"/> are returned.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = DefaultSearchLimit, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms.Split(query);
        if (terms.Count == 0)
        {
            return [];
        }

        limit = Math.Clamp(limit, 1, MaxSearchLimit);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // One connection for the few queries below (the pragmas run once per open).
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var parts = new List<string>(terms.Count);
            foreach (var term in terms)
            {
                if (SearchTerms.LookUpRange(term) is var (from, to))
                {
                    var words = await db.Database.SqlQuery<string>(
                        $"SELECT term AS Value FROM JournalSearchTerms WHERE term >= {from} AND term < {to} LIMIT {SearchTerms.MaxLookedUpWords}")
                        .ToListAsync(cancellationToken).ConfigureAwait(false);
                    if (words.Count == 0)
                    {
                        return []; // no stored word starts with it, and every word must match
                    }

                    if (words.Count < SearchTerms.MaxLookedUpWords)
                    {
                        parts.Add(SearchTerms.AnyOf(words));
                        continue;
                    }
                }

                parts.Add(SearchTerms.Prefix(term));
            }

            var match = SearchTerms.AllOf(parts);
            var start = HighlightStart.ToString();
            var end = HighlightEnd.ToString();
            // Ranking every match of a very common word is what makes search slow on a big journal, so only the
            // newest RankWindow matches are ranked (found by walking the index newest first, which is cheap).
            // FTS5 sorts by rank itself and builds snippets only for the rows it returns.
            var oldest = await db.Database.SqlQuery<long>(
                $"SELECT rowid AS Value FROM JournalSearch WHERE JournalSearch MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {RankWindow - 1}")
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var fromRowId = oldest.Count == 0 ? 0 : oldest[0];
            var rows = await db.Database.SqlQuery<SearchRow>(
                $"SELECT rowid AS RowId, snippet(JournalSearch, 0, {start}, {end}, '…', 16) AS Snippet FROM JournalSearch WHERE JournalSearch MATCH {match} AND rowid >= {fromRowId} ORDER BY rank LIMIT {limit}")
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return [];
            }

            var recapIds = rows.Where(r => r.RowId % 2 == 0).Select(r => (int)(r.RowId / 2)).ToList();
            var questionIds = rows.Where(r => r.RowId % 2 == 1).Select(r => (int)(r.RowId / 2)).ToList();
            var recaps = recapIds.Count == 0
                ? []
                : await db.Recaps.AsNoTracking().Where(r => recapIds.Contains(r.Id))
                    .Select(r => new { r.Id, r.SessionDate, r.Label })
                    .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
            var questions = questionIds.Count == 0
                ? []
                : await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id))
                    .Select(q => new { q.Id, q.Status })
                    .ToDictionaryAsync(q => q.Id, cancellationToken).ConfigureAwait(false);

            var hits = new List<SearchHit>(rows.Count);
            foreach (var row in rows)
            {
                var itemId = (int)(row.RowId / 2);
                if (row.RowId % 2 == 0 && recaps.TryGetValue(itemId, out var recap))
                {
                    hits.Add(new SearchHit(SearchHitKind.Recap, itemId, row.Snippet, recap.SessionDate, recap.Label, null));
                }
                else if (row.RowId % 2 == 1 && questions.TryGetValue(itemId, out var question))
                {
                    hits.Add(new SearchHit(SearchHitKind.Question, itemId, row.Snippet, null, "", question.Status));
                }
            }

            return hits;
        }
    }

    // ---------------------------------------------------------------- sample entries

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
                await SetThemesAsync(db, recap, draft.ThemeNames, isSample: true, cancellationToken).ConfigureAwait(false);
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
            await DeleteAndForgetSearchWordsAsync(db, async () =>
                {
                    await db.Questions.Where(q => q.IsSample).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Recaps.Where(r => r.IsSample).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    return await db.Themes.Where(t => t.IsSample && !db.Recaps.Any(r => r.Themes.Any(x => x.Id == t.Id)))
                        .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>
    /// Runs <paramref name="delete"/> (the reading it needs included) in one write transaction. The search index keeps
    /// FTS5's secure-delete on (migration <c>KeepSearchSecureDeleteOn</c>), so the deleted words, and those of the
    /// item's earlier versions, are already out of the index when the transaction commits; no merge is needed. After
    /// the commit, <see cref="DeletedTextCheckpoint"/> empties the <c>-wal</c> file, which still held the words.
    /// </summary>
    private static async Task<T> DeleteAndForgetSearchWordsAsync<T>(UndertoneDbContext db, Func<Task<T>> delete, CancellationToken cancellationToken)
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

    private static async Task SetThemesAsync(UndertoneDbContext db, Recap recap, IReadOnlyList<string> names, bool isSample, CancellationToken cancellationToken)
    {
        var wanted = Theme.DistinctNames(names);
        var keys = wanted.Select(Theme.Normalize).ToList();
        var existing = keys.Count == 0
            ? []
            : await db.Themes.Where(t => keys.Contains(t.NormalizedName)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pending = db.ChangeTracker.Entries<Theme>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        var byKey = existing.Concat(pending).GroupBy(t => t.NormalizedName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var themes = new List<Theme>(wanted.Count);
        foreach (var name in wanted)
        {
            if (!byKey.TryGetValue(Theme.Normalize(name), out var theme))
            {
                theme = new Theme { Name = name, IsSample = isSample };
                db.Themes.Add(theme);
                byKey[theme.NormalizedName] = theme;
            }

            themes.Add(theme);
        }

        foreach (var old in recap.Themes.Where(t => !themes.Contains(t)).ToList())
        {
            recap.Themes.Remove(old);
        }

        foreach (var theme in themes.Where(t => !recap.Themes.Contains(t)))
        {
            recap.Themes.Add(theme);
        }
    }

    private async Task<long?> StoredRecapVersionAsync(int id, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Recaps.AsNoTracking().Where(r => r.Id == id).Select(r => (long?)r.Version)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Renaming or merging a theme changes what an open recap form would save, so the recaps carrying it get a new
    // version: a form opened before the change then reports a conflict instead of bringing the old name back.
    private static async Task TouchRecapsWithThemeAsync(UndertoneDbContext db, int themeId, CancellationToken cancellationToken)
    {
        var recaps = await db.Recaps.Where(r => r.Themes.Any(t => t.Id == themeId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var recap in recaps)
        {
            VersionStamp.Touch(db.Entry(recap));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record SearchRow(long RowId, string Snippet);
}

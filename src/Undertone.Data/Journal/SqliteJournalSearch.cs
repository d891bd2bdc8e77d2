using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Journal;

/// <summary>
/// Local mode's search engine: the FTS5 table <c>JournalSearch</c> and its <c>JournalSearchTerms</c> vocabulary
/// (docs/decisions/003-journal-storage.md).
/// </summary>
internal sealed class SqliteJournalSearch : IJournalSearchEngine
{
    public static readonly SqliteJournalSearch Instance = new();

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(UndertoneDbContext db, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        if (!db.Database.IsSqlite())
        {
            // A bug, not a missing feature: every other database brings its engine in its options.
            throw new InvalidOperationException("This database has no search engine; see JournalSearchOptions.UseJournalSearchEngine.");
        }

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
        var start = JournalSearch.HighlightStart.ToString();
        var end = JournalSearch.HighlightEnd.ToString();
        // Ranking every match of a very common word is what makes search slow on a big journal, so only the
        // newest RankWindow matches are ranked (found by walking the index newest first, which is cheap).
        // FTS5 sorts by rank itself and builds snippets only for the rows it returns.
        var oldest = await db.Database.SqlQuery<long>(
            $"SELECT rowid AS Value FROM JournalSearch WHERE JournalSearch MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {JournalSearch.RankWindow - 1}")
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

    private sealed record SearchRow(long RowId, string Snippet);
}

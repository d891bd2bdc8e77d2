using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Journal;

/// <summary>
/// Full-text search over recaps and questions (SQLite FTS5), with highlighted snippets. The search words are never
/// logged and never reach an error message.
/// </summary>
public sealed class JournalSearch(IDbContextFactory<UndertoneDbContext> dbFactory)
{
    /// <summary>Marks the start of a match in <see cref="SearchHit.Snippet"/> (a control character, never typed).</summary>
    public const char HighlightStart = '\u0002';

    /// <summary>Marks the end of a match in <see cref="SearchHit.Snippet"/>.</summary>
    public const char HighlightEnd = '\u0003';

    /// <summary>How many results a search returns when the caller does not say.</summary>
    public const int DefaultSearchLimit = 50;

    /// <summary>The most results one search returns.</summary>
    public const int MaxSearchLimit = 200;

    /// <summary>At most this many of the newest matches are ranked; see <see cref="SearchAsync"/>.</summary>
    public const int RankWindow = 1_000;

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
            SqliteOnlyException.ThrowUnlessSqlite(db.Database, "Search");
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

    private sealed record SearchRow(long RowId, string Snippet);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Undertone.Data.Journal;

/// <summary>
/// Full-text search over recaps and questions, with highlighted snippets, on either database: SQLite's FTS5 in local
/// mode (<see cref="SqliteJournalSearch"/>), or the engine the context's options carry (server mode's PostgreSQL,
/// <see cref="JournalSearchOptions"/>). The search words are never logged and never reach an error message.
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
            var engine = db.GetService<IDbContextOptions>().FindExtension<JournalSearchEngineExtension>()?.Engine ?? SqliteJournalSearch.Instance;
            return await engine.SearchAsync(db, terms, limit, cancellationToken).ConfigureAwait(false);
        }
    }
}

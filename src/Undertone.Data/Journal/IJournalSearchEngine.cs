namespace Undertone.Data.Journal;

/// <summary>
/// The database's half of <see cref="JournalSearch"/>: finds, ranks and highlights the items for words already split
/// by <see cref="SearchTerms.Split"/>. SQLite's FTS5 engine is built in; another database brings its own through its
/// context options (<see cref="JournalSearchOptions.UseJournalSearchEngine"/>), so a search always runs the engine of
/// the database it reads.
/// </summary>
public interface IJournalSearchEngine
{
    /// <summary>
    /// Every one of <paramref name="terms"/> must match, each as a word start (a single character as a whole word),
    /// ignoring case and accents; best matches first, at most <paramref name="limit"/>, with snippets marked by
    /// <see cref="JournalSearch.HighlightStart"/> and <see cref="JournalSearch.HighlightEnd"/>.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(UndertoneDbContext db, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken);
}

namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The searches measured on both databases (SQLite's FTS5 and PostgreSQL's full-text search), written once so the two
/// sets of numbers in docs/benchmarks.md are always for the same queries. A subclass sets <see cref="Search"/> up on its
/// own seeded journal, where "lighthouse" is planted in about 1 recap in 200.
/// </summary>
public abstract class SearchAsTypedBenchmarks
{
    protected JournalSearch Search { get; set; } = null!;

    /// <summary>
    /// Two word starts as typed mid-word; "wo" starts a word in nearly every recap. On SQLite "bound" is looked up in
    /// the vocabulary and "wo" uses the prefix index.
    /// </summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTwoWordStarts() => Search.SearchAsync("bound wo");

    /// <summary>A rare word: the planted "lighthouse".</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchRareWord() => Search.SearchAsync("lighthouse");
}

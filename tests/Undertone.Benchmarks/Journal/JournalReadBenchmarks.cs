namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The journal's reads a person waits on — search as typed and the first page of /journal — on a journal of
/// <see cref="RecapCount"/> recaps. Each size is its own class, with its own goal and job.
/// </summary>
public abstract class JournalReadBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;
    private JournalSearch _search = null!;

    protected RecapStore Recaps { get; private set; } = null!;

    protected abstract int RecapCount { get; }

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(RecapCount);
        Recaps = _database.CreateRecapStore();
        _search = _database.CreateSearch();
        AfterSetup();
    }

    /// <summary>What a size's class prepares besides the journal (BenchmarkDotNet allows one [GlobalSetup] per class).</summary>
    protected virtual void AfterSetup()
    {
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTwoCommonWords() => _search.SearchAsync("boundaries work");

    /// <summary>Word starts as typed mid-word: "bound" is looked up in the vocabulary, "wo" uses the prefix index.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTwoWordStarts() => _search.SearchAsync("bound wo");

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchRareWord() => _search.SearchAsync("lighthouse");

    [Benchmark]
    public Task<RecapPage> FirstPageOfJournal() => Recaps.ListRecapsAsync(RecapFilter.All, 0, 50);
}

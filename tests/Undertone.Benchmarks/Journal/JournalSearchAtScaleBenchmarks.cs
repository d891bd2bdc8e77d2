namespace Undertone.Benchmarks.Journal;

/// <summary>The search goal with 100,000 recaps: p95 ≤ 15 ms.</summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class JournalSearchAtScaleBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;
    private RecapStore _recaps = null!;
    private JournalSearch _search = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(100_000);
        _recaps = _database.CreateRecapStore();
        _search = _database.CreateSearch();
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
    public Task<RecapPage> FirstPageOfJournal() => _recaps.ListRecapsAsync(RecapFilter.All, 0, 50);
}

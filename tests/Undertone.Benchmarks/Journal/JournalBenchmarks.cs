namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The journal's speed goals with 10,000 recaps: search p95 ≤ 5 ms, first page of /journal ≤ 10 ms, recap save
/// p95 ≤ 10 ms (synchronous=FULL, set on every connection by SqlitePragmas).
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class JournalBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;
    private RecapStore _recaps = null!;
    private JournalSearch _search = null!;
    private int _recapId;
    private long _version;
    private int _saves;

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(10_000);
        _recaps = _database.CreateRecapStore();
        _search = _database.CreateSearch();
        var created = _recaps.SaveRecapAsync(null, JournalBenchmarkDatabase.SaveDraft(0), 0).GetAwaiter().GetResult();
        _recapId = created.Id;
        _version = created.Version;
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

    [Benchmark]
    public async Task<SaveResult> SaveRecap()
    {
        var result = await _recaps.SaveRecapAsync(_recapId, JournalBenchmarkDatabase.SaveDraft(++_saves), _version);
        _version = result.Version;
        return result;
    }

}

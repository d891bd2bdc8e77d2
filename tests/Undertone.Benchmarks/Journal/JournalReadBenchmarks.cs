namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The journal's reads a person waits on — search as typed and the first page of /journal — on a journal of
/// <see cref="RecapCount"/> recaps. Each size is its own class, with its own goal and job.
/// </summary>
public abstract class JournalReadBenchmarks : SearchAsTypedBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;

    protected RecapStore Recaps { get; private set; } = null!;

    protected abstract int RecapCount { get; }

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(RecapCount);
        Recaps = _database.CreateRecapStore();
        Search = _database.CreateSearch();
        AfterSetup();
    }

    /// <summary>What a size's class prepares besides the journal (BenchmarkDotNet allows one [GlobalSetup] per class).</summary>
    protected virtual void AfterSetup()
    {
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTwoCommonWords() => Search.SearchAsync("boundaries work");

    [Benchmark]
    public Task<RecapPage> FirstPageOfJournal() => Recaps.ListRecapsAsync(RecapFilter.All, 0, 50);
}

namespace Undertone.Benchmarks.Journal;

/// <summary>
/// Issue 13's cost of encryption at rest, plain and encrypted in the same run: recap save p95 and search p95 on
/// 10,000 recaps (goal: encrypted ≤ 1.25 × plain). Encrypted means sqlite3mc's ChaCha20-Poly1305 with the raw data key.
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class EncryptionBenchmarks
{
    public const string Passphrase = "benchmark passphrase, not a secret";

    private JournalBenchmarkDatabase _database = null!;
    private RecapStore _recaps = null!;
    private JournalSearch _search = null!;
    private RepeatedSave _save = null!;

    [Params(false, true)]
    public bool Encrypted { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(10_000, Encrypted);
        _recaps = _database.CreateRecapStore();
        _search = _database.CreateSearch();
        _save = new RepeatedSave(_recaps);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<SaveResult> SaveRecap() => _save.SaveAsync();

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTwoCommonWords() => _search.SearchAsync("boundaries work");

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchRareWord() => _search.SearchAsync("lighthouse");

}

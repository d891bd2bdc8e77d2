namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The journal's speed goals with 10,000 recaps: search p95 ≤ 5 ms, first page of /journal ≤ 10 ms, recap save
/// p95 ≤ 10 ms (synchronous=FULL, set on every connection by SqlitePragmas).
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class JournalBenchmarks : JournalReadBenchmarks
{
    private RepeatedSave _save = null!;

    protected override int RecapCount => 10_000;

    protected override void AfterSetup() => _save = new RepeatedSave(Recaps);

    [Benchmark]
    public Task<SaveResult> SaveRecap() => _save.SaveAsync();
}

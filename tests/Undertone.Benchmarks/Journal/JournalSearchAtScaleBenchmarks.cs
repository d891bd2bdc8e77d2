namespace Undertone.Benchmarks.Journal;

/// <summary>The search goal with 100,000 recaps: p95 ≤ 15 ms.</summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class JournalSearchAtScaleBenchmarks : JournalReadBenchmarks
{
    protected override int RecapCount => 100_000;
}

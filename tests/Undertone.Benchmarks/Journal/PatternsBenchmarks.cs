namespace Undertone.Benchmarks.Journal;

/// <summary>
/// The patterns analysis over a large journal: 2,000 recaps of about 300 words each (Zipf-distributed made-up
/// words mixed with real stop words, a few real recurring phrases, one to three themes per recap).
/// Goal (issue 7): median ≤ 150 ms and ≤ 50 MB allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PatternsBenchmarks
{
    private PatternRecap[] _recaps = [];
    private PatternQuestion[] _questions = [];
    private readonly DateOnly _today = new(2026, 11, 24);

    [Params(2_000)]
    public int Recaps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_recaps, _questions) = PatternsSampleJournal.Create(Recaps, wordsPerRecap: 300, seed: 42);
    }

    [Benchmark]
    public PatternReport Analyze() => PatternAnalysis.Analyze(_recaps, _questions, [], _today);

    [Benchmark]
    public PrepSheet Prep() => PatternAnalysis.Prep(_recaps, _questions, [], _today);
}

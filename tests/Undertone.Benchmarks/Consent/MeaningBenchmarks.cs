using BenchmarkDotNet.Columns;
using Undertone.Domain.Consent;
using Undertone.Language;

namespace Undertone.Benchmarks.Consent;

/// <summary>
/// Targets (issue 17): the check of a new 2,000-character message with the meaning model ≤ 30 ms p95; the model's load
/// time; the memory it adds (goal ≤ 150 MB: what loading allocates, all of which it keeps).
/// Run: dotnet run -c Release --project tests/Undertone.Benchmarks -- --filter '*Meaning*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(WithP95))]
public class MeaningBenchmarks
{
    private MeaningModel _model = null!;
    private string[] _messages = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _model = MeaningModel.Load();

        // Every call checks a message the model has not seen: the corpus's whole messages, joined and cut to 2,000
        // characters from a different starting point each time.
        var corpus = string.Join("\n", LabelledCorpus.Load().Select(e => e.Text));
        _messages = [.. Enumerable.Range(0, 64).Select(i => corpus.Substring(i * 997 % (corpus.Length - 2_000), 2_000))];
    }

    [Benchmark]
    public IReadOnlyList<Finding> Check2000CharsWithTheModel() => MessageCheck.Run(_messages[_next++ % _messages.Length], MessageLength.Standard, meaning: _model);

    [Benchmark]
    public IReadOnlyList<Finding> Check2000CharsRulesAlone() => MessageCheck.Run(_messages[_next++ % _messages.Length], MessageLength.Standard);

    /// <summary>A fresh load each time, kept until the next (as the app keeps it).</summary>
    [Benchmark]
    public MeaningModel LoadTheModel() => _model = MeaningModel.Load();

    private sealed class WithP95 : ManualConfig
    {
        public WithP95() => AddColumn(StatisticColumn.P95);
    }
}

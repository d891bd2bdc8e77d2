using BenchmarkDotNet.Columns;

namespace Undertone.Benchmarks.Journal;

/// <summary>Adds the 95th percentile, which is what the journal's speed goals are stated in.</summary>
internal sealed class JournalBenchmarkConfig : ManualConfig
{
    public JournalBenchmarkConfig()
    {
        AddColumn(StatisticColumn.P95);
    }
}

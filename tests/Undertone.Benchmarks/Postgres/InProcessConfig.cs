using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Undertone.Benchmarks.Postgres;

/// <summary>
/// The journal's job (1 launch, 3 warm-ups, 10 iterations, p95) run in the benchmark's own process: on a busy machine,
/// building the separate program BenchmarkDotNet otherwise makes took longer than its two-minute limit.
/// </summary>
internal sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddColumn(StatisticColumn.P95);
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Undertone.Benchmarks.YourData;

/// <summary>
/// The memory goal: exporting 100,000 recaps needs less than 100 MB of extra memory, because the ZIP streams.
/// Each iteration prints its peak (see <see cref="PeakMemory"/>).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ExportAtScaleBenchmarks
{
    /// <summary>
    /// In-process (the seeded 100,000-recap file and the sampler live in this process) with a long time limit: on a
    /// busy machine seeding plus three exports take longer than the in-process toolchain's default allows.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(StatisticColumn.P95);
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true))
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2).WithInvocationCount(1).WithUnrollFactor(1));
        }
    }

    private JournalBenchmarkDatabase _source = null!;

    [GlobalSetup]
    public void Setup() => _source = JournalBenchmarkDatabase.Create(100_000);

    [GlobalCleanup]
    public void Cleanup() => _source.Dispose();

    [Benchmark]
    public async Task<long> Export100000Recaps()
    {
        var sink = new CountingStream();
        await PeakMemory.MeasureAsync("export", async () =>
        {
            await new DataExport(_source, TimeProvider.System).WriteZipAsync(sink);
            return sink.Length;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// ZIP {sink.Length / 1048576.0:F1} MB"));
        return sink.Length;
    }
}

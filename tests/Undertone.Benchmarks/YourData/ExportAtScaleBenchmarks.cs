using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Undertone.Benchmarks.Journal;
using Undertone.Data.YourData;

namespace Undertone.Benchmarks.YourData;

/// <summary>
/// The memory goal: exporting 100,000 recaps needs less than 100 MB of extra memory, because the ZIP streams.
/// <c>Allocated</c> (MemoryDiagnoser) counts every byte allocated along the way, most of it short-lived; what the goal
/// is about is the peak, so each iteration also samples the managed heap and the process's working set every 5 ms
/// and prints the highest rise over where it started ("Peak above start"), which BenchmarkDotNet's log keeps.
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
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        var workingSetAtStart = process.WorkingSet64;
        long heapPeak = heapAtStart, workingSetPeak = workingSetAtStart;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
                await Task.Delay(5, CancellationToken.None);
            }
        });

        var sink = new CountingStream();
        await new DataExport(_source, TimeProvider.System).WriteZipAsync(sink);
        await done.CancelAsync();
        await sampler;

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Peak above start: managed heap {(heapPeak - heapAtStart) / 1048576.0:F1} MB, working set {(workingSetPeak - workingSetAtStart) / 1048576.0:F1} MB; ZIP {sink.Length / 1048576.0:F1} MB"));
        return sink.Length;
    }
}

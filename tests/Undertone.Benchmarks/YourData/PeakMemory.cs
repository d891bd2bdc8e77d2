using System.Diagnostics;

namespace Undertone.Benchmarks.YourData;

/// <summary>
/// The highest rise of the managed heap and of the process's working set while some work runs, sampled every 5 ms.
/// <c>Allocated</c> (MemoryDiagnoser) counts every byte allocated along the way, most of it short-lived; a memory goal
/// is about the peak, so the benchmarks print this line ("Peak above start"), which BenchmarkDotNet's log keeps.
/// </summary>
internal static class PeakMemory
{
    public static async Task<T> MeasureAsync<T>(string what, Func<Task<T>> work)
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

        var result = await work();
        await done.CancelAsync();
        await sampler;

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Peak above start ({what}): managed heap {(heapPeak - heapAtStart) / 1048576.0:F1} MB, working set {(workingSetPeak - workingSetAtStart) / 1048576.0:F1} MB"));
        return result;
    }
}

namespace Undertone.Benchmarks.YourData;

/// <summary>
/// Export and import of a 10,000-recap journal (issue 14): time, and allocations as BenchmarkDotNet counts them.
/// The export goes to a stream that counts bytes and keeps nothing, as a download would; the import reads that ZIP
/// back into an empty journal (replace), all in one transaction, and prints its peak memory (see <see cref="PeakMemory"/>).
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class TransferBenchmarks
{
    private JournalBenchmarkDatabase _source = null!;
    private JournalBenchmarkDatabase _target = null!;
    private byte[] _zip = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = JournalBenchmarkDatabase.Create(10_000);
        _target = JournalBenchmarkDatabase.Create(0);
        using var stream = new MemoryStream();
        new DataExport(_source, TimeProvider.System).WriteZipAsync(stream).GetAwaiter().GetResult();
        _zip = stream.ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _source.Dispose();
        _target.Dispose();
    }

    [Benchmark]
    public async Task<long> Export10000Recaps()
    {
        var sink = new CountingStream();
        await new DataExport(_source, TimeProvider.System).WriteZipAsync(sink);
        return sink.Length;
    }

    [Benchmark]
    public async Task<int> Import10000RecapsReplace()
    {
        // The peak covers reading the ZIP and applying it, as the import route does.
        var result = await PeakMemory.MeasureAsync("import", async () =>
        {
            var file = await ImportReader.ReadAsync(new MemoryStream(_zip), "undertone-export.zip");
            return await new DataImport(_target, TimeProvider.System).ApplyAsync(file, ImportMode.Replace);
        });
        return result.IsValid ? result.Recaps : throw new InvalidOperationException("The benchmark's own export did not import.");
    }
}

using Microsoft.EntityFrameworkCore;

namespace Undertone.Benchmarks.YourData;

/// <summary>
/// What "delete really deletes" costs on a 10,000-recap journal (issue 14, item 6): with FTS5's secure-delete kept on
/// in the file, a recap delete takes its words out of the index as it goes and then empties the <c>-wal</c>
/// (<c>wal_checkpoint(TRUNCATE)</c>) before it returns. Until 2026-11-29 it also merged the whole index
/// (<see cref="MergeSearchIndex"/>; start-up ran it too until issue 19), which was most of its cost. Each iteration
/// first saves (and edits) one recap, so the <c>-wal</c> holds fresh pages as it would after real use. The save
/// itself is unchanged and measured alongside, to show saves stay fast.
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15, invocationCount: 1)]
[MemoryDiagnoser]
public class DeleteBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;
    private RecapStore _recaps = null!;
    private SaveResult _recap = null!;
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        _database = JournalBenchmarkDatabase.Create(10_000);
        _recaps = _database.CreateRecapStore();
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [IterationSetup]
    public void SaveOne()
    {
        _recap = _recaps.SaveRecapAsync(null, JournalBenchmarkDatabase.SaveDraft(++_n), 0).GetAwaiter().GetResult();
        _recap = _recaps.SaveRecapAsync(_recap.Id, JournalBenchmarkDatabase.SaveDraft(++_n), _recap.Version).GetAwaiter().GetResult();
    }

    /// <summary>The whole delete as the page and the API run it: the delete (secure-delete in the index) and the checkpoint.</summary>
    [Benchmark(Baseline = true)]
    public Task<DeletedRecap?> DeleteRecap() => _recaps.DeleteRecapAsync(_recap.Id);

    /// <summary>The checkpoint alone, after a save and an edit.</summary>
    [Benchmark]
    public async Task<bool> WalCheckpointTruncate()
    {
        await using var db = _database.CreateDbContext();
        return await DeletedTextCheckpoint.RunAsync(db);
    }

    /// <summary>The index merge alone (what deletes no longer pay, and start-up no longer runs).</summary>
    [Benchmark]
    public async Task MergeSearchIndex()
    {
        await using var db = _database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch) VALUES ('optimize')");
    }

    /// <summary>An ordinary save (an autosave of an edit): no checkpoint, no merge; the index forgets the replaced words.</summary>
    [Benchmark]
    public Task<SaveResult> SaveRecap() => _recaps.SaveRecapAsync(_recap.Id, JournalBenchmarkDatabase.SaveDraft(++_n), _recap.Version);

}

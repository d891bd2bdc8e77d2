
namespace Undertone.Data.Tests.Journal;

/// <summary>The journal file does not grow at start-up, gives freed space back, and its <c>-wal</c> stays small (issue 19).</summary>
public sealed class DatabaseFileSizeTests : JournalTestBase
{
    [Fact]
    public async Task StartUpTidy_AfterSavesEditsAndDeletes_NeverGrowsTheFile()
    {
        var ids = await SaveRecapsAsync(150);
        foreach (var (id, version) in ids.Take(60))
        {
            Assert.True((await Recaps.SaveRecapAsync(id, LongDraft(id + 1_000), version)).IsSaved);
        }

        foreach (var (id, _) in ids.Skip(100))
        {
            Assert.NotNull(await Recaps.DeleteRecapAsync(id));
        }

        var before = await CheckpointedSizeAsync();
        for (var start = 0; start < 3; start++)
        {
            await TidyAsync();
            var after = await CheckpointedSizeAsync();
            Assert.True(after <= before, $"start {start + 1}: {before} -> {after} bytes");
            before = after;
        }

        Assert.Equal(50, (await Search.SearchAsync("session")).Count(h => h.Kind == Undertone.Data.Journal.SearchHitKind.Recap));
    }

    [Fact]
    public async Task StartUpTidy_ConvertsAnOlderFileOnce_AndGivesItsFreeSpaceBack()
    {
        await MakeItAFileFromBeforeAsync();
        foreach (var (id, _) in await SaveRecapsAsync(120))
        {
            Assert.NotNull(await Recaps.DeleteRecapAsync(id));
        }

        var before = await CheckpointedSizeAsync();
        await TidyAsync();
        var after = await CheckpointedSizeAsync();

        Assert.True(after < before / 2, $"{before} -> {after} bytes");
        Assert.False(File.Exists(Database.Path + ".compacting"));
        await using (var db = Database.CreateDbContext())
        {
            Assert.Equal(2, await PragmaAsync(db, "auto_vacuum")); // incremental from now on
            Assert.Equal(0, await PragmaAsync(db, "freelist_count"));
            Assert.Equal("wal", (await db.Database.SqlQuery<string>($"SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync()).ToLowerInvariant());
            await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('integrity-check', 1)");
        }

        await SaveNewAsync(LongDraft(7));
        Assert.Single(await Search.SearchAsync("session 7"));
    }

    [Fact]
    public async Task StartUpTidy_WhileSomethingElseHasTheFileOpen_LeavesItAsItIs_AndConvertsItNextTime()
    {
        await MakeItAFileFromBeforeAsync();
        await SaveRecapsAsync(20);
        await using (var other = new SqliteConnection(UndertoneDatabase.ConnectionString(Database.Path, pooling: false)))
        {
            await other.OpenAsync();
            await using (var read = other.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM Recaps";
                Assert.Equal(20L, await read.ExecuteScalarAsync());
            }

            await TidyAsync();

            Assert.False(File.Exists(Database.Path + ".compacting"));
            await using var db = Database.CreateDbContext();
            Assert.Equal(0, await PragmaAsync(db, "auto_vacuum"));
            Assert.Equal(20, (await Search.SearchAsync("session")).Count);
        }

        await TidyAsync();

        await using (var db = Database.CreateDbContext())
        {
            Assert.Equal(2, await PragmaAsync(db, "auto_vacuum"));
        }

        Assert.Equal(20, (await Search.SearchAsync("session")).Count);
    }

    [Fact]
    public async Task AnotherStart_GivesBackWhatDeletesFreed()
    {
        foreach (var (id, _) in await SaveRecapsAsync(120))
        {
            Assert.NotNull(await Recaps.DeleteRecapAsync(id));
        }

        var before = await CheckpointedSizeAsync();
        await TidyAsync();

        Assert.True(await CheckpointedSizeAsync() < before / 2);
    }

    [Fact]
    public async Task Wal_StaysAboutOneMegabyte_ThroughABurstOfAutosaves()
    {
        var saved = await SaveNewAsync(LongDraft(0));
        long largest = 0;
        for (var i = 1; i <= 300; i++)
        {
            saved = await Recaps.SaveRecapAsync(saved.Id, LongDraft(i), saved.Version);
            Assert.True(saved.IsSaved);
            var wal = new FileInfo(Database.Path + "-wal");
            largest = Math.Max(largest, wal.Exists ? wal.Length : 0);
        }

        // 256 pages of 4 KiB before SQLite copies the -wal into the file, plus the save that crossed the line.
        Assert.InRange(largest, 1, 1_400_000);
    }

    // No auto-vacuum, as Undertone made its files before issue 19.
    private async Task MakeItAFileFromBeforeAsync()
    {
        await using var db = Database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        await db.Database.ExecuteSqlRawAsync("PRAGMA auto_vacuum=NONE;");
        await db.Database.ExecuteSqlRawAsync("VACUUM;");
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        Assert.Equal(0, await PragmaAsync(db, "auto_vacuum"));
    }

    private async Task<List<(int Id, long Version)>> SaveRecapsAsync(int count)
    {
        var saved = new List<(int, long)>(count);
        for (var i = 0; i < count; i++)
        {
            var result = await SaveNewAsync(LongDraft(i));
            saved.Add((result.Id, result.Version));
        }

        return saved;
    }

    // About 1,000 characters, as a real recap might be.
    private static RecapDraft LongDraft(int n)
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"session {n} felt word{(n * 31 + i) % 997} tired calm"));
        return Draft(text) with { Takeaways = "Saying no can be kind." };
    }

    private async Task TidyAsync()
    {
        await using var db = Database.CreateDbContext();
        await UndertoneDatabase.TidyFileAsync(db);
    }

    private async Task<long> CheckpointedSizeAsync()
    {
        await using (var db = Database.CreateDbContext())
        {
            await DeletedTextCheckpoint.RunAsync(db);
        }

        SqliteConnection.ClearAllPools();
        return new FileInfo(Database.Path).Length;
    }

    private static async Task<long> PragmaAsync(UndertoneDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

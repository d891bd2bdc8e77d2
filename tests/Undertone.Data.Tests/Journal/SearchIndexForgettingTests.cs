namespace Undertone.Data.Tests.Journal;

/// <summary>
/// Deleted and edited words leave local mode's SQLite file at once (FTS5's secure-delete; ADR 003). PostgreSQL keeps
/// them in its pages until VACUUM (ADR 014), so these run on SQLite only.
/// </summary>
public sealed class SearchIndexForgettingTests : JournalTestBase
{
    [Fact]
    public async Task DeletedRecapsAndQuestions_LeaveNoTraceInTheFile()
    {
        var recap = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "The quokkasecretrecap talk" }, 0);
        var question = await Questions.AddQuestionAsync("What about quokkasecretquestion?");
        await Questions.AddQuestionAsync("Something else entirely stays");

        Assert.NotNull(await Recaps.DeleteRecapAsync(recap.Id));
        Assert.NotNull(await Questions.DeleteQuestionAsync(question.Id));

        Assert.Empty(await Search.SearchAsync("quokka"));
        Assert.Equal(-1, await FindInFileAsync("quokkasecret"u8.ToArray()));
        Assert.Equal("1", await SecureDeleteSettingAsync()); // kept on: edits forget their old words too
    }

    [Fact]
    public async Task RemovedSampleEntries_LeaveNoTraceInTheFile()
    {
        await Samples.AddSampleEntriesAsync();
        var words = new[] { "overcommitting"u8.ToArray(), "permission"u8.ToArray() }; // only in the samples
        foreach (var word in words)
        {
            Assert.NotEqual(-1, await FindInFileAsync(word));
        }

        await Samples.RemoveSampleEntriesAsync();

        foreach (var word in words)
        {
            Assert.Equal(-1, await FindInFileAsync(word));
        }
    }

    [Fact]
    public async Task AFailedDelete_LeavesSecureDeleteOn_SoLaterEditsStillForgetTheirWords()
    {
        var kept = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "The quokkaedited talk" }, 0);
        var other = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "Another day" }, 0);
        var failing = new RecapStore(new FailingSaves(Database), Clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.DeleteRecapAsync(other.Id));

        // An ordinary save next, on the same pooled connection: the words it replaced leave the index at once.
        Assert.True((await Recaps.SaveRecapAsync(kept.Id, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "A calmer talk" }, kept.Version)).IsSaved);

        Assert.Equal(-1, await FindInFileAsync("quokkaedited"u8.ToArray()));
        Assert.Equal("1", await SecureDeleteSettingAsync());
        Assert.Single(await Search.SearchAsync("another"));
    }

    [Fact]
    public async Task WordsAnEditRemoved_LeaveTheFileWithoutAMerge()
    {
        var saved = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "The quokkasecretedit talk" }, 0);
        Assert.True((await Recaps.SaveRecapAsync(saved.Id, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "A calmer talk" }, saved.Version)).IsSaved);
        Assert.Empty(await Search.SearchAsync("quokka"));

        Assert.Equal(-1, await FindInFileAsync("quokkasecret"u8.ToArray()));
        Assert.Single(await Search.SearchAsync("calmer"));
    }

    private async Task<int> FindInFileAsync(byte[] text)
    {
        await using (var db = Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        return (await File.ReadAllBytesAsync(Database.Path)).AsSpan().IndexOf(text);
    }

    private async Task<string> SecureDeleteSettingAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Database.SqlQuery<string>($"SELECT CAST(v AS TEXT) AS Value FROM JournalSearch_config WHERE k = 'secure-delete'").SingleAsync();
    }

    /// <summary>Contexts whose saves fail, as a full disk would.</summary>
    private sealed class FailingSaves(TestDatabase database) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<UndertoneDbContext>(database.Options).AddInterceptors(new Failing()).Options);

        private sealed class Failing : SaveChangesInterceptor
        {
            public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
                DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
                throw new InvalidOperationException("simulated: disk full");
        }
    }
}

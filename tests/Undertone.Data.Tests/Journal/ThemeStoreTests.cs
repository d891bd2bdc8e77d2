using System.Data.Common;

namespace Undertone.Data.Tests.Journal;

/// <summary>Renaming and merging themes, also while another tab is writing.</summary>
public sealed class ThemeStoreTests : JournalTestBase
{
    [Fact]
    public async Task MergeThemes_MovesRecapsAndRemovesTheOldTheme()
    {
        await SaveNewAsync(Draft("a", "Job"));
        var both = await SaveNewAsync(Draft("b", "Job", "Work"));
        var themes = await Themes.ListThemesAsync();
        var job = themes.Single(t => t.Name == "Job");
        var work = themes.Single(t => t.Name == "Work");

        Assert.True(await Themes.MergeThemesAsync(job.Id, work.Id));

        var after = Assert.Single(await Themes.ListThemesAsync());
        Assert.Equal("Work", after.Name);
        Assert.Equal(2, after.RecapCount);
        // A form opened before the merge must not silently bring "Job" back.
        Assert.Equal(SaveStatus.Conflict, (await Recaps.SaveRecapAsync(both.Id, Draft("b", "Job", "Work"), both.Version)).Status);
    }

    [Fact]
    public async Task RenameTheme_ToAnExistingName_IsRefused()
    {
        await SaveNewAsync(Draft("a", "Job", "Work"));
        var job = (await Themes.ListThemesAsync()).Single(t => t.Name == "Job");

        var result = await Themes.RenameThemeAsync(job.Id, "WORK");

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.True((await Themes.RenameThemeAsync(job.Id, "Career")).IsSaved);
    }

    [Fact]
    public async Task RenameTheme_WhileAnotherTabIsTakingTheName_WaitsAndSaysTheNameExists()
    {
        var saved = await SaveNewAsync(Draft("Long days.", "Job"));
        var job = Assert.Single(await Themes.ListThemesAsync());
        await using var otherTab = new SqliteConnection(UndertoneDatabase.ConnectionString(Database.Path));
        await otherTab.OpenAsync();
        var writing = otherTab.BeginTransaction(); // holds the write lock, as a save in another tab would

        var askingForLock = new AskingForWriteLock();
        var themes = new ThemeStore(new InterceptedFactory(Database, askingForLock));
        var renaming = Task.Run(() => themes.RenameThemeAsync(job.Id, "career")); // SQLite waits for a lock synchronously
        await askingForLock.Asked.WaitAsync(TimeSpan.FromSeconds(10)); // the rename has sent BEGIN IMMEDIATE and must wait
        await using (var insert = otherTab.CreateCommand())
        {
            insert.Transaction = writing;
            insert.CommandText = "INSERT INTO Themes (Name, NormalizedName, IsSample) VALUES ('Career', 'CAREER', 0)";
            await insert.ExecuteNonQueryAsync();
        }

        writing.Commit();
        var result = await renaming;

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("already a theme with that name", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(["Career", "Job"], (await Themes.ListThemesAsync()).Select(t => t.Name).Order());
        Assert.Equal(saved.Version, (await Recaps.GetRecapAsync(saved.Id))!.Version);
    }

    /// <summary>Signals when a context asks SQLite for a transaction (the write lock), just before it waits for it.</summary>
    private sealed class AskingForWriteLock : DbTransactionInterceptor
    {
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Asked => _asked.Task;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            _asked.TrySetResult();
            return ValueTask.FromResult(result);
        }
    }

    private sealed class InterceptedFactory(TestDatabase database, IInterceptor interceptor) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<UndertoneDbContext>(database.Options).AddInterceptors(interceptor).Options);
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Undertone.Data.Tests.Journal;

/// <summary>
/// The search index keeps no copy of the text (issue 19): it reads recaps and questions from their rows, stays exactly
/// in step with them through edits and deletes, and journals from before are converted with their search intact.
/// </summary>
public sealed class SearchIndexStorageTests : JournalTestBase
{
    private const string PreviousMigration = "AddSessionMaterialRulesAndVoiceNotes";

    [Fact]
    public async Task SavedText_IsInTheFileOnce_NotAgainInTheSearchIndex()
    {
        await SaveNewAsync(Draft("The wombatcanary story came up again."));
        await Questions.AddQuestionAsync("What does the quolloquestion mean?");

        Assert.Equal(1, await CountInFileAsync("wombatcanary story came up"u8.ToArray()));
        Assert.Equal(1, await CountInFileAsync("quolloquestion mean"u8.ToArray()));
        var hit = Assert.Single(await Search.SearchAsync("wombatcan"));
        Assert.Contains(JournalSearch.HighlightStart + "wombatcanary" + JournalSearch.HighlightEnd, hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexMatchesTheRows_AfterEditsAndDeletesOfRecapsQuestionsAndSamples()
    {
        var kept = await SaveNewAsync(Draft("Café talk about my sister", "Family"));
        var edited = await Recaps.SaveRecapAsync(kept.Id, Draft("Cafe talk about my brother", "Family") with { Takeaways = "Naïve hope" }, kept.Version);
        Assert.True(edited.IsSaved);
        var gone = await SaveNewAsync(Draft("A recap that goes"));
        Assert.NotNull(await Recaps.DeleteRecapAsync(gone.Id));
        var question = await Questions.AddQuestionAsync("Why Sundays?");
        Assert.True((await Questions.UpdateQuestionAsync(question.Id, "Why Mondays?", QuestionStatus.Resolved, "Routine", question.Version)).IsSaved);
        var dropped = await Questions.AddQuestionAsync("A question that goes");
        await Questions.DeleteQuestionAsync(dropped.Id);
        await Samples.AddSampleEntriesAsync();
        await Samples.RemoveSampleEntriesAsync();

        await IntegrityCheckAsync(); // compares every indexed word with the rows' text: a wrong 'delete' fails here
        Assert.Equal(2, await SearchIndexRowCountAsync());
        Assert.Single(await Search.SearchAsync("café brother naive"));
        Assert.Empty(await Search.SearchAsync("sister"));
        Assert.Single(await Search.SearchAsync("monda rout"));
    }

    [Fact]
    public async Task Upgrade_FromThePreviousMigration_KeepsEverythingFindable_WithoutTheSecondCopy()
    {
        await using (var db = Database.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            Assert.Equal(1, await CountAsync(db, "JournalSearch_content")); // the old index kept its own copy
        }

        var recap = await SaveNewAsync(Draft("Talked about the café and my naïve hopes", "Work") with { Takeaways = "Boundaries at the platypusword job" });
        var edited = await Recaps.SaveRecapAsync(recap.Id, Draft("Talked about the café and my naïve hopes, again", "Work") with { Takeaways = "Boundaries at the platypusword job" }, recap.Version);
        Assert.True(edited.IsSaved);
        await SaveNewAsync(Draft("Another session, calmer"));
        await Questions.AddQuestionAsync("How do I say no at work?");
        // In the row, in the index's copy of the text, and as a word of the index itself.
        var before = await CountInFileAsync("platypusword"u8.ToArray());

        await using (var db = Database.CreateDbContext())
        {
            await UndertoneDatabase.MigrateAsync(db, Database.Path);
            Assert.Equal(0, await CountAsync(db, "JournalSearch_content"));
        }

        await IntegrityCheckAsync();
        Assert.Equal(before - 1, await CountInFileAsync("platypusword"u8.ToArray())); // the copy is gone
        var hit = Assert.Single(await Search.SearchAsync("cafe naive platypus"));
        Assert.Equal(recap.Id, hit.ItemId);
        Assert.Contains(JournalSearch.HighlightStart + "café" + JournalSearch.HighlightEnd, hit.Snippet, StringComparison.Ordinal);
        Assert.Single(await Search.SearchAsync("calm"));
        Assert.Equal(SearchHitKind.Question, Assert.Single(await Search.SearchAsync("say no")).Kind);
        Assert.Single(await Search.SearchAsync("work"));

        // And the triggers of the new index follow later writes.
        Assert.NotNull(await Recaps.DeleteRecapAsync(recap.Id));
        Assert.Empty(await Search.SearchAsync("platypus"));
        Assert.Equal(-1, await IndexOfInFileAsync("platypusword"u8.ToArray()));
    }

    [Fact]
    public async Task Downgrade_ToThePreviousMigration_KeepsEverythingFindable()
    {
        var recap = await SaveNewAsync(Draft("Talked about the café"));
        await using (var db = Database.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
        }

        Assert.Equal(recap.Id, Assert.Single(await Search.SearchAsync("cafe")).ItemId);
        await using (var db = Database.CreateDbContext())
        {
            await UndertoneDatabase.MigrateAsync(db, Database.Path);
        }

        Assert.Equal(recap.Id, Assert.Single(await Search.SearchAsync("café")).ItemId);
    }

    private async Task IntegrityCheckAsync()
    {
        await using var db = Database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('integrity-check', 1)");
    }

    private static Task<int> CountAsync(UndertoneDbContext db, string name) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM sqlite_master WHERE name = {name}").SingleAsync();

    private async Task<byte[]> CheckpointedFileAsync()
    {
        await using (var db = Database.CreateDbContext())
        {
            await DeletedTextCheckpoint.RunAsync(db);
        }

        SqliteConnection.ClearAllPools();
        return await File.ReadAllBytesAsync(Database.Path);
    }

    private async Task<int> IndexOfInFileAsync(byte[] text) => (await CheckpointedFileAsync()).AsSpan().IndexOf(text);

    private async Task<int> CountInFileAsync(byte[] text)
    {
        var file = await CheckpointedFileAsync();
        var count = 0;
        for (var at = file.AsSpan().IndexOf(text); at >= 0;)
        {
            count++;
            var next = file.AsSpan(at + 1).IndexOf(text);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return count;
    }
}

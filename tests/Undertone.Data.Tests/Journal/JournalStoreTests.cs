using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Undertone.Data.Journal;
using Undertone.Domain.Journal;

namespace Undertone.Data.Tests.Journal;

public sealed class JournalStoreTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private JournalStore _store = null!;

    public async Task InitializeAsync()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        _database = await TestDatabase.CreateAsync();
        _store = new JournalStore(_database, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static RecapDraft Draft(string whatCameUp = "", params string[] themes) =>
        new() { SessionDate = Today, WhatCameUp = whatCameUp, ThemeNames = themes };

    private async Task<SaveResult> SaveNewAsync(RecapDraft draft)
    {
        var result = await _store.SaveRecapAsync(null, draft, 0);
        Assert.Equal(SaveStatus.Saved, result.Status);
        return result;
    }

    private async Task<int> SearchIndexRowCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM JournalSearch").SingleAsync();
    }

    [Theory]
    [InlineData("\0lighthouse")]
    [InlineData("lighthouse\u0007dream")]
    [InlineData("lighthouse\r\n\t")]
    public async Task Search_WithControlCharacters_TreatsThemAsSpaces(string query)
    {
        await SaveNewAsync(Draft("We talked about the lighthouse dream."));

        Assert.Single(await _store.SearchAsync(query));
    }

    [Fact]
    public async Task Search_FollowsRecapInsertUpdateAndDelete()
    {
        var saved = await SaveNewAsync(Draft("We talked about the lighthouse dream."));
        Assert.Single(await _store.SearchAsync("lighthouse"));

        var updated = await _store.SaveRecapAsync(saved.Id, Draft("We talked about the harbour instead."), saved.Version);
        Assert.True(updated.IsSaved);
        Assert.Empty(await _store.SearchAsync("lighthouse"));
        var hit = Assert.Single(await _store.SearchAsync("harbour"));
        Assert.Equal(SearchHitKind.Recap, hit.Kind);
        Assert.Equal(saved.Id, hit.ItemId);

        Assert.NotNull(await _store.DeleteRecapAsync(saved.Id));
        Assert.Empty(await _store.SearchAsync("harbour"));
        Assert.Equal(0, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task Search_FollowsQuestionInsertUpdateAndDelete()
    {
        var added = await _store.AddQuestionAsync("Why do Sundays feel heavy?");
        Assert.Single(await _store.SearchAsync("sundays"));

        var updated = await _store.UpdateQuestionAsync(added.Id, "Why do Mondays feel heavy?", QuestionStatus.Resolved, "Routine helps", added.Version);
        Assert.True(updated.IsSaved);
        Assert.Empty(await _store.SearchAsync("sundays"));
        var hit = Assert.Single(await _store.SearchAsync("routine"));
        Assert.Equal(SearchHitKind.Question, hit.Kind);
        Assert.Equal(QuestionStatus.Resolved, hit.Status);

        await _store.DeleteQuestionAsync(added.Id);
        Assert.Empty(await _store.SearchAsync("mondays"));
        Assert.Equal(0, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task Search_HighlightsMatches_IgnoresAccents_AndFindsWordStarts()
    {
        await SaveNewAsync(Draft("Coffee at the café felt safe."));

        var hit = Assert.Single(await _store.SearchAsync("cafe"));
        Assert.Contains($"{JournalStore.HighlightStart}café{JournalStore.HighlightEnd}", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(await _store.SearchAsync("coff"));
        Assert.Empty(await _store.SearchAsync("coffee tea"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b")]
    [InlineData("a OR b AND")]
    [InlineData("* ^ -")]
    [InlineData("body:x")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public async Task Search_TreatsFtsSyntaxAsPlainWords(string query)
    {
        await SaveNewAsync(Draft("plain words only"));

        var hits = await _store.SearchAsync(query);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task Search_IsLimited()
    {
        for (var i = 0; i < 30; i++)
        {
            await _store.AddQuestionAsync($"Question {i} about boundaries");
        }

        Assert.Equal(10, (await _store.SearchAsync("boundaries", limit: 10)).Count);
        Assert.Equal(30, (await _store.SearchAsync("boundaries")).Count);
    }

    [Fact]
    public async Task Search_RanksBestMatchFirst()
    {
        await _store.AddQuestionAsync("sleep came up once, among many other words about the week and work");
        var best = await _store.AddQuestionAsync("sleep sleep sleep");
        await _store.AddQuestionAsync("a note about sleep and rest");

        var hits = await _store.SearchAsync("sleep");

        Assert.Equal(3, hits.Count);
        Assert.Equal(best.Id, hits[0].ItemId);
    }

    [Fact]
    public async Task TwoContextsEditingOneRecap_SecondSaveIsRefused_AndBothEditsSurvive()
    {
        var saved = await SaveNewAsync(Draft("first words"));
        await using var first = _database.CreateDbContext();
        await using var second = _database.CreateDbContext();
        var mine = await first.Recaps.SingleAsync(r => r.Id == saved.Id);
        var theirs = await second.Recaps.SingleAsync(r => r.Id == saved.Id);

        mine.WhatCameUp = "edit from the first tab";
        mine.Version++;
        await first.SaveChangesAsync();
        theirs.WhatCameUp = "edit from the second tab";
        theirs.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("edit from the first tab", (await _store.GetRecapAsync(saved.Id))!.WhatCameUp);
        Assert.Equal("edit from the second tab", theirs.WhatCameUp);
    }

    [Fact]
    public async Task SaveRecap_WithAStaleVersion_ReportsConflict_AndKeepsTheOtherSave()
    {
        var saved = await SaveNewAsync(Draft("start"));

        var tabA = await _store.SaveRecapAsync(saved.Id, Draft("from tab A"), saved.Version);
        var tabB = await _store.SaveRecapAsync(saved.Id, Draft("from tab B"), saved.Version);

        Assert.Equal(SaveStatus.Saved, tabA.Status);
        Assert.Equal(SaveStatus.Conflict, tabB.Status);
        Assert.Equal(tabA.Version, tabB.Version);
        Assert.Equal("from tab A", (await _store.GetRecapAsync(saved.Id))!.WhatCameUp);

        // The user chooses to keep B's text: saving against the version the conflict reported succeeds.
        var keepB = await _store.SaveRecapAsync(saved.Id, Draft("from tab B"), tabB.Version);
        Assert.Equal(SaveStatus.Saved, keepB.Status);
        Assert.Equal("from tab B", (await _store.GetRecapAsync(saved.Id))!.WhatCameUp);
    }

    [Fact]
    public async Task UpdateQuestion_WithAStaleVersion_ReportsConflict()
    {
        var added = await _store.AddQuestionAsync("One question");
        Assert.True((await _store.UpdateQuestionAsync(added.Id, "One question", QuestionStatus.Asked, "", added.Version)).IsSaved);

        var stale = await _store.UpdateQuestionAsync(added.Id, "One question", QuestionStatus.Dropped, "", added.Version);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(QuestionStatus.Asked, (await _store.GetQuestionAsync(added.Id))!.Status);
    }

    [Fact]
    public async Task LongAndNonLatinText_RoundTripsExactly()
    {
        const string mixed = "é ü ’ “ ” 日本語 🙂🌊 Ωμέγα שלום\n\n  inner  spaces\tand tabs stay";
        var prefix = string.Concat(Enumerable.Repeat(mixed, 200))[..(Recap.LongTextMaxLength - 1)];
        if (char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1] + "y";
        }

        var longText = prefix + "x";

        var draft = Draft(longText, "日本語", "Été") with
        {
            Takeaways = mixed,
            TherapistSaid = "“You’re allowed to rest.”",
            Label = "  Séance 12 🙂  ",
        };

        var saved = await SaveNewAsync(draft);
        var loaded = await _store.GetRecapAsync(saved.Id);

        Assert.NotNull(loaded);
        Assert.Equal(Recap.LongTextMaxLength, loaded.WhatCameUp.Length);
        Assert.Equal(longText, loaded.WhatCameUp);
        Assert.Equal(mixed, loaded.Takeaways);
        Assert.Equal("“You’re allowed to rest.”", loaded.TherapistSaid);
        Assert.Equal("Séance 12 🙂", loaded.Label);
        Assert.Equal(["Été", "日本語"], loaded.Themes.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Single(await _store.SearchAsync("日本語"));
    }

    [Fact]
    public async Task SaveRecap_TooLong_IsRefusedWithAFieldError_AndNothingIsWritten()
    {
        var result = await _store.SaveRecapAsync(null, Draft(new string('a', Recap.LongTextMaxLength + 1)), 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(nameof(RecapDraft.WhatCameUp), Assert.Single(result.Errors).Field);
        Assert.Equal(0, (await _store.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task SaveRecap_InTheFuture_IsRefused()
    {
        var result = await _store.SaveRecapAsync(null, Draft("x") with { SessionDate = Today.AddDays(1) }, 0);

        Assert.Equal(nameof(RecapDraft.SessionDate), Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Themes_AreMatchedIgnoringCase_IncludingAccentedLetters()
    {
        await SaveNewAsync(Draft("a", "Work", "Été"));
        await SaveNewAsync(Draft("b", " work ", "ÉTÉ"));

        var themes = await _store.ListThemesAsync();

        Assert.Equal(2, themes.Count);
        Assert.All(themes, t => Assert.Equal(2, t.RecapCount));
        Assert.Contains(themes, t => t.Name == "Work");
    }

    [Fact]
    public async Task ListRecaps_NewestFirst_FilteredByThemeAndDates()
    {
        await SaveNewAsync(Draft("oldest", "Sleep") with { SessionDate = Today.AddDays(-20) });
        await SaveNewAsync(Draft("middle", "Work") with { SessionDate = Today.AddDays(-10) });
        await SaveNewAsync(Draft("newest", "Sleep") with { SessionDate = Today });
        var sleep = (await _store.ListThemesAsync()).Single(t => t.Name == "Sleep");

        var all = await _store.ListRecapsAsync(RecapFilter.All, 0, 10);
        var bySleep = await _store.ListRecapsAsync(new RecapFilter(ThemeId: sleep.Id), 0, 10);
        var byDates = await _store.ListRecapsAsync(new RecapFilter(From: Today.AddDays(-15), To: Today.AddDays(-1)), 0, 10);

        Assert.Equal(["newest", "middle", "oldest"], all.Items.Select(r => r.Excerpt));
        Assert.Equal(["newest", "oldest"], bySleep.Items.Select(r => r.Excerpt));
        Assert.Equal("middle", Assert.Single(byDates.Items).Excerpt);
        Assert.Equal(3, all.TotalCount);
        Assert.Equal("Sleep", Assert.Single(all.Items[0].Themes).Name);
    }

    [Fact]
    public async Task DeleteRecap_ThenRestore_BringsBackTextThemesAndQuestionLinks()
    {
        var saved = await SaveNewAsync(Draft("worth keeping", "Family"));
        var question = await _store.AddQuestionAsync("A follow-up", saved.Id);

        var deleted = await _store.DeleteRecapAsync(saved.Id);
        Assert.Null(await _store.GetRecapAsync(saved.Id));
        Assert.Null((await _store.GetQuestionAsync(question.Id))!.SourceRecapId);

        await _store.RestoreRecapAsync(deleted!);

        var restored = await _store.GetRecapAsync(saved.Id);
        Assert.Equal("worth keeping", restored!.WhatCameUp);
        Assert.Equal("Family", Assert.Single(restored.Themes).Name);
        Assert.Equal(saved.Id, (await _store.GetQuestionAsync(question.Id))!.SourceRecapId);
        Assert.Single(await _store.SearchAsync("worth"));
    }

    [Fact]
    public async Task MergeThemes_MovesRecapsAndRemovesTheOldTheme()
    {
        await SaveNewAsync(Draft("a", "Job"));
        var both = await SaveNewAsync(Draft("b", "Job", "Work"));
        var themes = await _store.ListThemesAsync();
        var job = themes.Single(t => t.Name == "Job");
        var work = themes.Single(t => t.Name == "Work");

        Assert.True(await _store.MergeThemesAsync(job.Id, work.Id));

        var after = Assert.Single(await _store.ListThemesAsync());
        Assert.Equal("Work", after.Name);
        Assert.Equal(2, after.RecapCount);
        // A form opened before the merge must not silently bring "Job" back.
        Assert.Equal(SaveStatus.Conflict, (await _store.SaveRecapAsync(both.Id, Draft("b", "Job", "Work"), both.Version)).Status);
    }

    [Fact]
    public async Task RenameTheme_ToAnExistingName_IsRefused()
    {
        await SaveNewAsync(Draft("a", "Job", "Work"));
        var job = (await _store.ListThemesAsync()).Single(t => t.Name == "Job");

        var result = await _store.RenameThemeAsync(job.Id, "WORK");

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.True((await _store.RenameThemeAsync(job.Id, "Career")).IsSaved);
    }

    [Fact]
    public async Task SampleEntries_AreAddedOnce_AndRemovedInOneGo_LeavingTheUsersOwnData()
    {
        await SaveNewAsync(Draft("my own recap", "Work"));
        await _store.AddQuestionAsync("My own question");

        await _store.AddSampleEntriesAsync();
        await _store.AddSampleEntriesAsync();
        var withSamples = await _store.ListRecapsAsync(RecapFilter.All, 0, 100);
        Assert.Equal(9, withSamples.TotalCount);
        Assert.All(withSamples.Items.Where(r => r.IsSample), r => Assert.StartsWith(SampleJournal.LabelPrefix, r.Label, StringComparison.Ordinal));
        Assert.True(await _store.HasSampleEntriesAsync());

        await _store.RemoveSampleEntriesAsync();

        var left = await _store.ListRecapsAsync(RecapFilter.All, 0, 100);
        Assert.Equal("my own recap", Assert.Single(left.Items).Excerpt);
        Assert.Equal("My own question", Assert.Single(await _store.ListQuestionsAsync()).Text);
        Assert.Equal("Work", Assert.Single(await _store.ListThemesAsync()).Name);
        Assert.False(await _store.HasSampleEntriesAsync());
        Assert.Equal(2, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task ListQuestions_OpenFirst_ThenAsked_ThenClosed()
    {
        var resolved = await _store.AddQuestionAsync("resolved one");
        var asked = await _store.AddQuestionAsync("asked one");
        await _store.AddQuestionAsync("open one");
        await _store.UpdateQuestionAsync(resolved.Id, "resolved one", QuestionStatus.Resolved, "yes", resolved.Version);
        await _store.UpdateQuestionAsync(asked.Id, "asked one", QuestionStatus.Asked, "", asked.Version);

        var list = await _store.ListQuestionsAsync();

        Assert.Equal(["open one", "asked one", "resolved one"], list.Select(q => q.Text));
        Assert.Equal(["open one"], (await _store.ListOpenQuestionsAsync()).Select(q => q.Text));
        Assert.NotNull(list[2].StatusChangedAt);
    }

    [Fact]
    public async Task SaveRecap_WhenAnotherTabCreatesTheSameNewThemeAtTheSameMoment_UsesThatTheme()
    {
        var racing = new RacingFactory(_database, other =>
        {
            other.Themes.Add(new Theme { Name = "Sleep" });
            return Task.CompletedTask;
        });

        var result = await new JournalStore(racing, _clock).SaveRecapAsync(null, Draft("Tired all week.", "sleep"), 0);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(SaveStatus.Saved, result.Status);
        var theme = Assert.Single(await _store.ListThemesAsync());
        Assert.Equal(1, theme.RecapCount);
        Assert.Equal(["Sleep"], (await _store.GetRecapAsync(result.Id))!.Themes.Select(t => t.Name));
        Assert.Single((await _store.ListRecapsAsync(new RecapFilter(), 0, 10)).Items);
    }

    [Fact]
    public async Task RenameTheme_WhileAnotherTabIsTakingTheName_WaitsAndSaysTheNameExists()
    {
        var saved = await SaveNewAsync(Draft("Long days.", "Job"));
        var job = Assert.Single(await _store.ListThemesAsync());
        await using var otherTab = new SqliteConnection(UndertoneDatabase.ConnectionString(_database.Path));
        await otherTab.OpenAsync();
        var writing = otherTab.BeginTransaction(); // holds the write lock, as a save in another tab would

        var renaming = Task.Run(() => _store.RenameThemeAsync(job.Id, "career")); // SQLite waits for a lock synchronously
        await Task.Delay(200); // the rename is now waiting for the lock
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
        Assert.Equal(["Career", "Job"], (await _store.ListThemesAsync()).Select(t => t.Name).Order());
        Assert.Equal(saved.Version, (await _store.GetRecapAsync(saved.Id))!.Version);
    }

    [Fact]
    public async Task AddSampleEntries_TwoClicksAtOnce_AddTheSamplesOnce()
    {
        var other = new JournalStore(_database, _clock);

        await Task.WhenAll(_store.AddSampleEntriesAsync(), other.AddSampleEntriesAsync());
        var once = (await _store.ListRecapsAsync(new RecapFilter(), 0, 100)).Items.Count;
        await _store.AddSampleEntriesAsync();

        Assert.True(once > 0);
        Assert.Equal(once, (await _store.ListRecapsAsync(new RecapFilter(), 0, 100)).Items.Count);
        Assert.Equal(SampleJournal.Create(Today).Questions.Count, (await _store.ListQuestionsAsync()).Count);
    }
}

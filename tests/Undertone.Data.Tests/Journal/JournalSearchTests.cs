using System.Globalization;

namespace Undertone.Data.Tests.Journal;

/// <summary>Search matches every word as a word start, whichever way the words are looked up (see <see cref="SearchTerms"/>).</summary>
public sealed class JournalSearchTests : JournalTestBase
{
    private async Task<HashSet<int>> SearchIdsAsync(string query) =>
        (await Search.SearchAsync(query, JournalSearch.MaxSearchLimit)).Select(h => h.ItemId).ToHashSet();

    [Theory]
    [InlineData("\0lighthouse")]
    [InlineData("lighthouse\u0007dream")]
    [InlineData("lighthouse\r\n\t")]
    public async Task Search_WithControlCharacters_TreatsThemAsSpaces(string query)
    {
        await SaveNewAsync(Draft("We talked about the lighthouse dream."));

        Assert.Single(await Search.SearchAsync(query));
    }

    [Fact]
    public async Task Search_FollowsRecapInsertUpdateAndDelete()
    {
        var saved = await SaveNewAsync(Draft("We talked about the lighthouse dream."));
        Assert.Single(await Search.SearchAsync("lighthouse"));

        var updated = await Recaps.SaveRecapAsync(saved.Id, Draft("We talked about the harbour instead."), saved.Version);
        Assert.True(updated.IsSaved);
        Assert.Empty(await Search.SearchAsync("lighthouse"));
        var hit = Assert.Single(await Search.SearchAsync("harbour"));
        Assert.Equal(SearchHitKind.Recap, hit.Kind);
        Assert.Equal(saved.Id, hit.ItemId);

        Assert.NotNull(await Recaps.DeleteRecapAsync(saved.Id));
        Assert.Empty(await Search.SearchAsync("harbour"));
        Assert.Equal(0, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task Search_FollowsQuestionInsertUpdateAndDelete()
    {
        var added = await Questions.AddQuestionAsync("Why do Sundays feel heavy?");
        Assert.Single(await Search.SearchAsync("sundays"));

        var updated = await Questions.UpdateQuestionAsync(added.Id, "Why do Mondays feel heavy?", QuestionStatus.Resolved, "Routine helps", added.Version);
        Assert.True(updated.IsSaved);
        Assert.Empty(await Search.SearchAsync("sundays"));
        var hit = Assert.Single(await Search.SearchAsync("routine"));
        Assert.Equal(SearchHitKind.Question, hit.Kind);
        Assert.Equal(QuestionStatus.Resolved, hit.Status);

        await Questions.DeleteQuestionAsync(added.Id);
        Assert.Empty(await Search.SearchAsync("mondays"));
        Assert.Equal(0, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task Search_HighlightsMatches_IgnoresAccents_AndFindsWordStarts()
    {
        await SaveNewAsync(Draft("Coffee at the café felt safe."));

        var hit = Assert.Single(await Search.SearchAsync("cafe"));
        Assert.Contains($"{JournalSearch.HighlightStart}café{JournalSearch.HighlightEnd}", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(await Search.SearchAsync("coff"));
        Assert.Empty(await Search.SearchAsync("coffee tea"));
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

        var hits = await Search.SearchAsync(query);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task Search_IsLimited()
    {
        for (var i = 0; i < 30; i++)
        {
            await Questions.AddQuestionAsync($"Question {i} about boundaries");
        }

        Assert.Equal(10, (await Search.SearchAsync("boundaries", limit: 10)).Count);
        Assert.Equal(30, (await Search.SearchAsync("boundaries")).Count);
    }

    [Fact]
    public async Task Search_RanksBestMatchFirst()
    {
        await Questions.AddQuestionAsync("sleep came up once, among many other words about the week and work");
        var best = await Questions.AddQuestionAsync("sleep sleep sleep");
        await Questions.AddQuestionAsync("a note about sleep and rest");

        var hits = await Search.SearchAsync("sleep");

        Assert.Equal(3, hits.Count);
        Assert.Equal(best.Id, hits[0].ItemId);
    }

    [Fact]
    public async Task Word_FindsEveryWordStartingWithIt_InAnyCase_AndNothingElse()
    {
        var worked = await Questions.AddQuestionAsync("I worked late again");
        var work = await Questions.AddQuestionAsync("Work was calm");
        var workplace = await Questions.AddQuestionAsync("The WORKPLACE felt loud");
        await Questions.AddQuestionAsync("worl comes next in the alphabet");
        await Questions.AddQuestionAsync("wor, wore and world");

        var hits = await SearchIdsAsync("WORK");

        Assert.Equal([worked.Id, work.Id, workplace.Id], hits.Order());
    }

    [Fact]
    public async Task Word_ThatStartsManyStoredWords_StillFindsThemAll()
    {
        var ids = new List<int>();
        for (var i = 0; i < SearchTerms.MaxLookedUpWords + 10; i++)
        {
            ids.Add((await Questions.AddQuestionAsync($"plan{i:D2}x for the week")).Id);
        }

        Assert.Equal(ids, (await SearchIdsAsync("plan")).Order());
        Assert.Equal(ids, (await SearchIdsAsync("plan week")).Order());
    }

    [Fact]
    public async Task AWordNothingStartsWith_MeansNoResults_EvenWhenTheOtherWordsMatch()
    {
        await Questions.AddQuestionAsync("boundaries at work");

        Assert.Empty(await Search.SearchAsync("boundaries zzzz"));
        Assert.Single(await Search.SearchAsync("boundaries"));
    }

    /// <summary>
    /// Random journals of words that share beginnings, in mixed case and with accents, searched for every start of
    /// every word (alone and in pairs): the results are exactly the items where each search word starts a word,
    /// ignoring case and accents.
    /// </summary>
    [Fact]
    public async Task Search_MatchesWordStartsExactly_OverRandomJournals()
    {
        string[] vocabulary =
        [
            "sleep", "Sleeping", "sleepless", "slept", "work", "worked", "WORKPLACE", "worry", "worried", "world",
            "café", "cafeteria", "Ärger", "anger", "angry", "boundaries", "boundary", "bound", "Noël", "no", "not",
            "nothing", "I", "a", "therapy", "therapist", "theme", "plan2", "plan10", "step", "steps", "stepmother",
        ];
        var random = new Random(20261124);
        var items = new Dictionary<int, string[]>();
        for (var i = 0; i < 150; i++)
        {
            var words = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var question = await Questions.AddQuestionAsync(string.Join(' ', words) + "?");
            items[question.Id] = words.Select(Fold).ToArray();
        }

        var queries = vocabulary.SelectMany(w => Enumerable.Range(1, w.Length).Select(n => w[..n])).Distinct().ToList();
        queries.AddRange(queries.Take(40).Select((q, i) => q + " " + queries[^(i + 1)]));
        foreach (var query in queries)
        {
            var terms = query.Split(' ').Select(Fold).ToArray();
            var expected = items
                .Where(item => terms.All(t => item.Value.Any(w => t.Length == 1 ? w == t : w.StartsWith(t, StringComparison.Ordinal))))
                .Select(item => item.Key)
                .Order();

            Assert.True(expected.SequenceEqual((await SearchIdsAsync(query)).Order()), $"search for \"{query}\"");
        }
    }

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

    private static string Fold(string word)
    {
        var builder = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
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

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Undertone.Data.Journal;

namespace Undertone.Data.Tests.Journal;

/// <summary>Search matches every word as a word start, whichever way the words are looked up (see <see cref="SearchTerms"/>).</summary>
public sealed class JournalSearchTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private JournalStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _store = new JournalStore(_database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<HashSet<int>> SearchIdsAsync(string query) =>
        (await _store.SearchAsync(query, JournalStore.MaxSearchLimit)).Select(h => h.ItemId).ToHashSet();

    [Fact]
    public async Task Word_FindsEveryWordStartingWithIt_InAnyCase_AndNothingElse()
    {
        var worked = await _store.AddQuestionAsync("I worked late again");
        var work = await _store.AddQuestionAsync("Work was calm");
        var workplace = await _store.AddQuestionAsync("The WORKPLACE felt loud");
        await _store.AddQuestionAsync("worl comes next in the alphabet");
        await _store.AddQuestionAsync("wor, wore and world");

        var hits = await SearchIdsAsync("WORK");

        Assert.Equal([worked.Id, work.Id, workplace.Id], hits.Order());
    }

    [Fact]
    public async Task Word_ThatStartsManyStoredWords_StillFindsThemAll()
    {
        var ids = new List<int>();
        for (var i = 0; i < SearchTerms.MaxLookedUpWords + 10; i++)
        {
            ids.Add((await _store.AddQuestionAsync($"plan{i:D2}x for the week")).Id);
        }

        Assert.Equal(ids, (await SearchIdsAsync("plan")).Order());
        Assert.Equal(ids, (await SearchIdsAsync("plan week")).Order());
    }

    [Fact]
    public async Task AWordNothingStartsWith_MeansNoResults_EvenWhenTheOtherWordsMatch()
    {
        await _store.AddQuestionAsync("boundaries at work");

        Assert.Empty(await _store.SearchAsync("boundaries zzzz"));
        Assert.Single(await _store.SearchAsync("boundaries"));
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
            var question = await _store.AddQuestionAsync(string.Join(' ', words) + "?");
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
        var recap = await _store.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "The quokkasecretrecap talk" }, 0);
        var question = await _store.AddQuestionAsync("What about quokkasecretquestion?");
        await _store.AddQuestionAsync("Something else entirely stays");

        Assert.NotNull(await _store.DeleteRecapAsync(recap.Id));
        Assert.NotNull(await _store.DeleteQuestionAsync(question.Id));

        Assert.Empty(await _store.SearchAsync("quokka"));
        Assert.Equal(-1, await FindInFileAsync("quokkasecret"u8.ToArray()));
        Assert.Equal("1", await SecureDeleteSettingAsync()); // kept on: edits forget their old words too
    }

    [Fact]
    public async Task RemovedSampleEntries_LeaveNoTraceInTheFile()
    {
        await _store.AddSampleEntriesAsync();
        var words = new[] { "overcommitting"u8.ToArray(), "permission"u8.ToArray() }; // only in the samples
        foreach (var word in words)
        {
            Assert.NotEqual(-1, await FindInFileAsync(word));
        }

        await _store.RemoveSampleEntriesAsync();

        foreach (var word in words)
        {
            Assert.Equal(-1, await FindInFileAsync(word));
        }
    }

    [Fact]
    public async Task AFailedDelete_LeavesSecureDeleteOn_SoLaterEditsStillForgetTheirWords()
    {
        var kept = await _store.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "The quokkaedited talk" }, 0);
        var other = await _store.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "Another day" }, 0);
        var failing = new JournalStore(new FailingSaves(_database), new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.DeleteRecapAsync(other.Id));

        // An ordinary save next, on the same pooled connection: the words it replaced leave the index at once.
        Assert.True((await _store.SaveRecapAsync(kept.Id, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "A calmer talk" }, kept.Version)).IsSaved);

        Assert.Equal(-1, await FindInFileAsync("quokkaedited"u8.ToArray()));
        Assert.Equal("1", await SecureDeleteSettingAsync());
        Assert.Single(await _store.SearchAsync("another"));
    }

    [Fact]
    public async Task WordsAnEditRemoved_LeaveTheFileWithoutAMerge()
    {
        var saved = await _store.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "The quokkasecretedit talk" }, 0);
        Assert.True((await _store.SaveRecapAsync(saved.Id, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "A calmer talk" }, saved.Version)).IsSaved);
        Assert.Empty(await _store.SearchAsync("quokka"));

        Assert.Equal(-1, await FindInFileAsync("quokkasecret"u8.ToArray()));
        Assert.Single(await _store.SearchAsync("calmer"));
    }

    private async Task<int> FindInFileAsync(byte[] text)
    {
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        return (await File.ReadAllBytesAsync(_database.Path)).AsSpan().IndexOf(text);
    }

    private async Task<string> SecureDeleteSettingAsync()
    {
        await using var db = _database.CreateDbContext();
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

using System.Globalization;

namespace Undertone.Data.Tests.Journal;

/// <summary>
/// Search matches every word as a word start, whichever way the words are looked up (see <see cref="SearchTerms"/>).
/// Every test here runs on both databases: on SQLite here, on PostgreSQL in <c>JournalSearchOnPostgresTests</c>.
/// </summary>
public class JournalSearchTests : JournalTestBase
{
    private async Task<HashSet<int>> SearchIdsAsync(string query) =>
        (await Search.SearchAsync(query, JournalSearch.MaxSearchLimit)).Select(h => h.ItemId).ToHashSet();

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

    [Fact]
    public async Task Search_IgnoresAccents_BothWays()
    {
        var accented = await Questions.AddQuestionAsync("Why does the café feel safe?");
        var plain = await Questions.AddQuestionAsync("Is the cafe open on Noel?");

        Assert.Equal([accented.Id, plain.Id], (await SearchIdsAsync("cafe")).Order());
        Assert.Equal([accented.Id, plain.Id], (await SearchIdsAsync("CAFÉ")).Order());
        Assert.Equal([plain.Id], (await SearchIdsAsync("noël")).Order());
    }

    [Fact]
    public async Task Search_FindsShortWordStarts_AndASingleLetterOnlyAsAWholeWord()
    {
        var therapy = await Questions.AddQuestionAsync("Therapy on Tuesday");
        var a = await Questions.AddQuestionAsync("A small step");

        Assert.Equal([therapy.Id], (await SearchIdsAsync("th")).Order());
        Assert.Equal([therapy.Id], (await SearchIdsAsync("tu")).Order());
        Assert.Equal([a.Id], (await SearchIdsAsync("a")).Order());
        Assert.Empty(await SearchIdsAsync("t"));
    }

    [Fact]
    public async Task Search_FindsRecapsAndQuestions_WithTheirDetails()
    {
        var recap = await SaveNewAsync(Draft("The lighthouse again") with { Label = "Week 3" });
        var question = await Questions.AddQuestionAsync("What does the lighthouse stand for?");

        var hits = await Search.SearchAsync("lighthouse");

        var recapHit = Assert.Single(hits, h => h.Kind == SearchHitKind.Recap);
        Assert.Equal((recap.Id, Today, "Week 3"), (recapHit.ItemId, recapHit.SessionDate, recapHit.Label));
        var questionHit = Assert.Single(hits, h => h.Kind == SearchHitKind.Question);
        Assert.Equal((question.Id, QuestionStatus.Open, (DateOnly?)null), (questionHit.ItemId, questionHit.Status, questionHit.SessionDate));
    }

    [Fact]
    public async Task Snippet_OfALongRecap_IsAShortPieceAroundTheMatch_MarkingWhatIsLeftOut()
    {
        var before = string.Join(' ', Enumerable.Repeat("calm", 60));
        var after = string.Join(' ', Enumerable.Repeat("quiet", 60));
        await SaveNewAsync(Draft($"{before} the lighthouse dream {after}"));

        var hit = Assert.Single(await Search.SearchAsync("lighth"));

        var parts = SnippetPart.Split(hit.Snippet);
        Assert.Equal("lighthouse", Assert.Single(parts, p => p.IsMatch).Text);
        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Split(' ').Length, 5, 20);
    }

    [Fact]
    public async Task Snippet_ShowsTheBreakBetweenFields_AsOneDot()
    {
        await SaveNewAsync(Draft("We talked about sleep") with { Takeaways = "Rest is allowed" });

        var hit = Assert.Single(await Search.SearchAsync("rest"));

        Assert.Equal("We talked about sleep · |Rest| is allowed", string.Concat(SnippetPart.Split(hit.Snippet).Select(p => p.IsMatch ? $"|{p.Text}|" : p.Text)));
    }

    /// <summary>
    /// Control characters count as spaces; FTS syntax, SQL and punctuation are plain words (here, words nothing starts
    /// with). Whatever is typed, the search fails nothing and keeps working.
    /// </summary>
    [Theory]
    [InlineData("\0plain", 1)]
    [InlineData("plain\u0007words", 1)]
    [InlineData("plain\r\n\t", 1)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("\" \"", 0)]
    [InlineData("'; DROP TABLE \"Recaps\"; --", 0)]
    [InlineData("don't", 0)]
    [InlineData("a & b | !c <-> d:*", 0)]
    [InlineData("\"", 0)]
    [InlineData("NEAR(a b", 0)]
    [InlineData("a OR b AND", 0)]
    [InlineData("* ^ -", 0)]
    [InlineData("body:x", 0)]
    [InlineData("<img src=x onerror=alert(1)>", 0)]
    public async Task Search_OddInput_IsTakenAsPlainWords_AndFailsNothing(string query, int found)
    {
        await SaveNewAsync(Draft("plain words only"));

        Assert.Equal(found, (await Search.SearchAsync(query)).Count);
        Assert.Single(await Search.SearchAsync("plain"));
    }

    [Fact]
    public async Task Search_VeryLongInput_UsesTheFirstWords_AndFailsNothing()
    {
        await SaveNewAsync(Draft("plain words only"));

        Assert.Empty(await Search.SearchAsync(string.Join(' ', Enumerable.Repeat(new string('x', 5_000), 500))));
        Assert.Single(await Search.SearchAsync(string.Join(' ', Enumerable.Repeat("plain", SearchTerms.MaxTerms)) + " ignored-because-it-is-the-thirteenth"));
    }

    [Fact]
    public async Task Search_WithAnApostrophe_FindsTheWordsAroundIt()
    {
        var question = await Questions.AddQuestionAsync("I don't want to go");
        await Questions.AddQuestionAsync("Don went home, then t");

        Assert.Equal([question.Id], (await SearchIdsAsync("don't")).Order());
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
}

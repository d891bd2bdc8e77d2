using Undertone.Data.Ownership;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Journal;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Every search test, run again for one new person on server mode's PostgreSQL database, and what only a shared
/// database needs: one person's search never finds another's words, even when the app's own owner check is wrong.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class JournalSearchOnPostgresTests(PostgresFixture postgres) : JournalSearchTests
{
    protected override PostgresFixture Postgres => postgres;

    protected override async Task<int> SearchIndexRowCountAsync()
    {
        await using var db = CreateDbContext();
        return await db.Database.SqlQuery<int>(
            $"SELECT ((SELECT count(\"SearchVector\") FROM \"Recaps\") + (SELECT count(\"SearchVector\") FROM \"Questions\"))::int AS \"Value\"").SingleAsync();
    }

    [Fact]
    public async Task EachPerson_FindsOnlyTheirOwnWords()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var a = new OnePerson(postgres, clock);
        var b = new OnePerson(postgres, clock);
        var aRecap = await a.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "The lighthouse and the café" }, 0);
        var aQuestion = await a.Questions.AddQuestionAsync("Why the lighthouse?");
        await b.Questions.AddQuestionAsync("B's own lighthouse question");

        var aHits = await a.Journal.Search.SearchAsync("lighthouse");
        var bHits = await b.Journal.Search.SearchAsync("lighthouse");

        Assert.Equal([(SearchHitKind.Recap, aRecap.Id), (SearchHitKind.Question, aQuestion.Id)], aHits.Select(h => (h.Kind, h.ItemId)).Order());
        var bHit = Assert.Single(bHits);
        Assert.Contains("B's own", bHit.Snippet, StringComparison.Ordinal);
        Assert.Empty(await b.Journal.Search.SearchAsync("cafe"));
        Assert.Empty(await b.Journal.Search.SearchAsync("why"));
    }

    [Fact]
    public async Task NobodySignedIn_FindsNothing()
    {
        await Questions.AddQuestionAsync("A lighthouse question");
        var nobody = new JournalSearch(new PersonJournal(UndertonePostgres.CreateOptions(postgres.ConnectionString, new KnownPerson(null))));

        Assert.Empty(await nobody.SearchAsync("lighthouse"));
    }

    /// <summary>
    /// The adversary is a bug in the app: its own owner check names A while the connection is B's. Row-level
    /// security, on B's connection, still returns none of A's words.
    /// </summary>
    [Fact]
    public async Task WhenTheAppsOwnerCheckNamesAnotherPerson_RowSecurityStillFindsNothingOfTheirs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var a = new OnePerson(postgres, clock);
        await a.Questions.AddQuestionAsync("A's secret lighthouse");
        var wrong = new DbContextOptionsBuilder<UndertoneDbContext>();
        wrong.UseNpgsql(postgres.ConnectionString)
            .UseCurrentPerson(new KnownPerson(a.Id))
            .AddInterceptors(new PersonConnectionSetting(new KnownPerson(Guid.NewGuid())))
            .UseJournalSearchEngine(new PostgresJournalSearch());

        Assert.Empty(await new JournalSearch(new PersonJournal(wrong.Options)).SearchAsync("lighthouse"));
        Assert.Single(await a.Journal.Search.SearchAsync("lighthouse"));
    }
}

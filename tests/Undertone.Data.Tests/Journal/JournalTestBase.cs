using Undertone.Data.Tests.Postgres;

namespace Undertone.Data.Tests.Journal;

/// <summary>
/// A fresh migrated journal for each test, the journal's stores on it, and a clock at noon (UTC) on
/// <see cref="Today"/>. Each test arranges its own recaps and questions.
/// </summary>
public abstract class JournalTestBase : IAsyncLifetime
{
    protected static readonly DateOnly Today = new(2026, 11, 24);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The SQLite journal file (null in the PostgreSQL variants, which name their <see cref="Postgres"/>).</summary>
    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>The options every context of the test is made with, on whichever database it runs.</summary>
    protected DbContextOptions<UndertoneDbContext> Options { get; private set; } = null!;

    protected RecapStore Recaps { get; private set; } = null!;

    protected QuestionStore Questions { get; private set; } = null!;

    protected ThemeStore Themes { get; private set; } = null!;

    protected JournalSearch Search { get; private set; } = null!;

    protected SampleEntries Samples { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var (contexts, options) = await OpenJournalAsync();
        Options = options;
        (Recaps, Questions, Themes, Search, Samples) = new TestJournal(contexts, Clock);
    }

    public virtual async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>The PostgreSQL database the variants run every test on again; null: a SQLite file.</summary>
    protected virtual PostgresFixture? Postgres => null;

    /// <summary>The journal the tests run on: a fresh SQLite file here; one new person on PostgreSQL in the variants.</summary>
    private async Task<(IDbContextFactory<UndertoneDbContext> Contexts, DbContextOptions<UndertoneDbContext> Options)> OpenJournalAsync()
    {
        if (Postgres is { } postgres)
        {
            return postgres.NewJournal();
        }

        Database = await TestDatabase.CreateAsync();
        return (Database, Database.Options);
    }

    /// <summary>A context on the test's journal, as a store would make one.</summary>
    protected UndertoneDbContext CreateDbContext() => new(Options);

    /// <summary>Checks that search finds exactly one item for <paramref name="words"/>.</summary>
    protected async Task AssertSearchFindsOneAsync(string words) => Assert.Single(await Search.SearchAsync(words));

    /// <summary>A recap of today's session.</summary>
    protected static RecapDraft Draft(string whatCameUp = "", params string[] themes) =>
        new() { SessionDate = Today, WhatCameUp = whatCameUp, ThemeNames = themes };

    /// <summary>Saves a new recap and checks that it was saved.</summary>
    protected async Task<SaveResult> SaveNewAsync(RecapDraft draft)
    {
        var result = await Recaps.SaveRecapAsync(null, draft, 0);
        Assert.Equal(SaveStatus.Saved, result.Status);
        return result;
    }

    /// <summary>
    /// How many rows the full-text index holds (one per recap or question; its own record of them, not the rows it reads
    /// text from). On PostgreSQL the index is a column of each row, so the variants count the rows that have one.
    /// </summary>
    protected virtual async Task<int> SearchIndexRowCountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM JournalSearch_docsize").SingleAsync();
    }
}

namespace Undertone.Data.Tests.Journal;

/// <summary>
/// A fresh migrated journal for each test, the journal's stores on it, and a clock at noon (UTC) on
/// <see cref="Today"/>. Each test arranges its own recaps and questions.
/// </summary>
public abstract class JournalTestBase : IAsyncLifetime
{
    protected static readonly DateOnly Today = new(2026, 11, 24);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    protected TestDatabase Database { get; private set; } = null!;

    protected RecapStore Recaps { get; private set; } = null!;

    protected QuestionStore Questions { get; private set; } = null!;

    protected ThemeStore Themes { get; private set; } = null!;

    protected JournalSearch Search { get; private set; } = null!;

    protected SampleEntries Samples { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        Database = await TestDatabase.CreateAsync();
        (Recaps, Questions, Themes, Search, Samples) = new TestJournal(Database, Clock);
    }

    public virtual async Task DisposeAsync() => await Database.DisposeAsync();

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

    /// <summary>How many rows the full-text index holds (one per recap or question; its own record of them, not the rows it reads text from).</summary>
    protected async Task<int> SearchIndexRowCountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM JournalSearch_docsize").SingleAsync();
    }
}

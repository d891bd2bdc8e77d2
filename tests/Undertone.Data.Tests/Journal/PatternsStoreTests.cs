using Microsoft.Extensions.Time.Testing;
using Undertone.Data.Journal;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Tests.Journal;

public sealed class PatternsStoreTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private JournalStore _journal = null!;
    private PatternsStore _store = null!;

    public async Task InitializeAsync()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        _database = await TestDatabase.CreateAsync();
        _journal = new JournalStore(_database, _clock);
        _store = new PatternsStore(_database, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<SaveResult> SaveAsync(int daysAgo, string whatCameUp = "", string toRevisit = "", params string[] themes)
    {
        var result = await _journal.SaveRecapAsync(
            null,
            new RecapDraft { SessionDate = Today.AddDays(-daysAgo), WhatCameUp = whatCameUp, ToRevisit = toRevisit, ThemeNames = themes },
            0);
        Assert.True(result.IsSaved);
        return result;
    }

    [Fact]
    public async Task Report_EmptyJournal_IsEmpty()
    {
        var report = await _store.GetReportAsync();

        Assert.Equal(0, report.RecapCount);
        Assert.Empty(report.Phrases);
        Assert.True((await _store.GetPrepSheetAsync()).IsEmpty);
    }

    [Fact]
    public async Task Report_ReadsRecapsThemesAndOpenQuestions()
    {
        await SaveAsync(14, "Setting boundaries with Sam.", "the phone call", "family");
        await SaveAsync(7, "Setting boundaries at work.", "", "Family", "work");
        var open = await _journal.AddQuestionAsync("Why is Sunday hard?");
        var asked = await _journal.AddQuestionAsync("Already asked");
        await _store.MarkQuestionAskedAsync(asked.Id);

        var report = await _store.GetReportAsync();

        Assert.Equal(2, report.RecapCount);
        var family = report.Themes.Themes.Single(t => t.Name.Equals("family", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, family.TotalCount);
        var phrase = Assert.Single(report.Phrases);
        Assert.Equal("setting boundaries", phrase.Text);
        Assert.Equal(2, phrase.RecapCount);
        Assert.Equal(["the phone call", "Why is Sunday hard?"], report.Revisit.Select(r => r.Text));
        Assert.Equal(14, report.Revisit[0].AgeDays);
        Assert.Equal(open.Id, report.Revisit[1].QuestionId);
    }

    [Fact]
    public async Task MarkAddressed_HidesTheItem_AndUndoBringsItBack()
    {
        await SaveAsync(3, toRevisit: "- dad's letter\n- the dream");
        var item = (await _store.GetReportAsync()).Revisit[0];

        await _store.MarkAddressedAsync(item.Key!);
        await _store.MarkAddressedAsync(item.Key!); // twice is fine

        Assert.Equal(["the dream"], (await _store.GetReportAsync()).Revisit.Select(r => r.Text));
        Assert.Equal(["the dream"], (await _store.GetPrepSheetAsync()).RevisitItems.Select(r => r.Text));

        await _store.UnmarkAddressedAsync(item.Key!);

        Assert.Equal(2, (await _store.GetReportAsync()).Revisit.Count);
    }

    [Fact]
    public async Task DeletingARecap_RemovesItsMarks()
    {
        var saved = await SaveAsync(3, toRevisit: "the dream");
        await _store.MarkAddressedAsync((await _store.GetReportAsync()).Revisit[0].Key!);

        await _journal.DeleteRecapAsync(saved.Id);

        await using var db = _database.CreateDbContext();
        Assert.Empty(db.RevisitMarks);
    }

    [Fact]
    public async Task MarkQuestionAsked_OnlyMovesOpenQuestions_AndReopenUndoesIt()
    {
        var question = await _journal.AddQuestionAsync("What is a boundary?");

        Assert.True(await _store.MarkQuestionAskedAsync(question.Id));
        Assert.False(await _store.MarkQuestionAskedAsync(question.Id));
        var stored = await _journal.GetQuestionAsync(question.Id);
        Assert.Equal(QuestionStatus.Asked, stored!.Status);
        Assert.True(stored.Version > question.Version);
        Assert.Empty((await _store.GetReportAsync()).Revisit);

        Assert.True(await _store.ReopenQuestionAsync(question.Id));
        Assert.Single((await _store.GetReportAsync()).Revisit);
    }

    [Fact]
    public async Task AddThemeToRecaps_CreatesTheTheme_TagsTheRecaps_AndBumpsTheirVersions()
    {
        var first = await SaveAsync(7, "inner critic");
        var second = await SaveAsync(1, "inner critic");
        var other = await SaveAsync(0, "something else", "", "work");

        var result = await _store.AddThemeToRecapsAsync("  inner critic ", [first.Id, second.Id, 999]);

        Assert.True(result.IsSaved);
        var recap = await _journal.GetRecapAsync(first.Id);
        Assert.Equal(["inner critic"], recap!.Themes.Select(t => t.Name));
        Assert.Equal(first.Version + 1, recap.Version);
        Assert.DoesNotContain((await _journal.GetRecapAsync(other.Id))!.Themes, t => t.Name == "inner critic");
        var theme = (await _store.GetReportAsync()).Themes.Themes.Single(t => t.Name == "inner critic");
        Assert.Equal(2, theme.TotalCount);

        // A form opened before the change now reports a conflict instead of dropping the theme.
        var stale = await _journal.SaveRecapAsync(second.Id, new RecapDraft { SessionDate = Today.AddDays(-1), WhatCameUp = "edited" }, second.Version);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
    }

    [Fact]
    public async Task AddThemeToRecaps_ExistingNameIgnoringCase_ReusesTheTheme()
    {
        var recap = await SaveAsync(2, "sleep", "", "Sleep");
        var other = await SaveAsync(1, "sleep");

        await _store.AddThemeToRecapsAsync("SLEEP", [recap.Id, other.Id]);

        var themes = await _journal.ListThemesAsync();
        var theme = Assert.Single(themes);
        Assert.Equal("Sleep", theme.Name);
        Assert.Equal(2, theme.RecapCount);
    }

    [Fact]
    public async Task AddThemeToRecaps_BlankName_IsRefusedWithAMessage()
    {
        var result = await _store.AddThemeToRecapsAsync("   ", []);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task MarkAddressed_WhenAnotherTabMarksItAtTheSameMoment_DoesNotThrow()
    {
        await SaveAsync(3, toRevisit: "- dad's letter\n- the dream");
        var key = (await _store.GetReportAsync()).Revisit[0].Key!;
        var racing = new RacingFactory(_database, other =>
        {
            other.RevisitMarks.Add(new RevisitMark { RecapId = key.RecapId, Fingerprint = key.Fingerprint, AddressedAt = _clock.GetUtcNow() });
            return Task.CompletedTask;
        });

        await new PatternsStore(racing, _clock).MarkAddressedAsync(key);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(["the dream"], (await _store.GetReportAsync()).Revisit.Select(r => r.Text));
    }

    [Fact]
    public async Task AddThemeToRecaps_WhenAnotherTabCreatesTheSameThemeAtTheSameMoment_UsesThatTheme()
    {
        var recap = await SaveAsync(3, "Hard week.");
        var racing = new RacingFactory(_database, other =>
        {
            other.Themes.Add(new Theme { Name = "Inner critic" });
            return Task.CompletedTask;
        });

        var result = await new PatternsStore(racing, _clock).AddThemeToRecapsAsync("inner critic", [recap.Id]);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(SaveStatus.Saved, result.Status);
        var theme = Assert.Single(await _journal.ListThemesAsync());
        Assert.Equal("Inner critic", theme.Name);
        Assert.Equal(theme.Id, result.Id);
        Assert.Equal(["Inner critic"], (await _journal.GetRecapAsync(recap.Id))!.Themes.Select(t => t.Name));
    }
}

using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Tests.Journal;

public sealed class PatternsStoreTests : JournalTestBase
{
    private PatternsStore _store = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _store = new PatternsStore(Database, Clock);
    }

    private async Task<SaveResult> SaveAsync(int daysAgo, string whatCameUp = "", string toRevisit = "", params string[] themes)
    {
        var result = await Recaps.SaveRecapAsync(
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
        var open = await Questions.AddQuestionAsync("Why is Sunday hard?");
        var asked = await Questions.AddQuestionAsync("Already asked");
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

        await Recaps.DeleteRecapAsync(saved.Id);

        await using var db = Database.CreateDbContext();
        Assert.Empty(db.RevisitMarks);
    }

    [Fact]
    public async Task MarkQuestionAsked_OnlyMovesOpenQuestions_AndReopenUndoesIt()
    {
        var question = await Questions.AddQuestionAsync("What is a boundary?");

        Assert.True(await _store.MarkQuestionAskedAsync(question.Id));
        Assert.False(await _store.MarkQuestionAskedAsync(question.Id));
        var stored = await Questions.GetQuestionAsync(question.Id);
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
        var recap = await Recaps.GetRecapAsync(first.Id);
        Assert.Equal(["inner critic"], recap!.Themes.Select(t => t.Name));
        Assert.Equal(first.Version + 1, recap.Version);
        Assert.DoesNotContain((await Recaps.GetRecapAsync(other.Id))!.Themes, t => t.Name == "inner critic");
        var theme = (await _store.GetReportAsync()).Themes.Themes.Single(t => t.Name == "inner critic");
        Assert.Equal(2, theme.TotalCount);

        // A form opened before the change now reports a conflict instead of dropping the theme.
        var stale = await Recaps.SaveRecapAsync(second.Id, new RecapDraft { SessionDate = Today.AddDays(-1), WhatCameUp = "edited" }, second.Version);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
    }

    [Fact]
    public async Task AddThemeToRecaps_ExistingNameIgnoringCase_ReusesTheTheme()
    {
        var recap = await SaveAsync(2, "sleep", "", "Sleep");
        var other = await SaveAsync(1, "sleep");

        await _store.AddThemeToRecapsAsync("SLEEP", [recap.Id, other.Id]);

        var themes = await Themes.ListThemesAsync();
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
        var racing = new RacingFactory(Database, other =>
        {
            other.RevisitMarks.Add(new RevisitMark { RecapId = key.RecapId, Fingerprint = key.Fingerprint, AddressedAt = Clock.GetUtcNow() });
            return Task.CompletedTask;
        });

        await new PatternsStore(racing, Clock).MarkAddressedAsync(key);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(["the dream"], (await _store.GetReportAsync()).Revisit.Select(r => r.Text));
    }

    [Fact]
    public async Task AddThemeToRecaps_WhenAnotherTabCreatesTheSameThemeAtTheSameMoment_UsesThatTheme()
    {
        var recap = await SaveAsync(3, "Hard week.");
        var racing = new RacingFactory(Database, other =>
        {
            other.Themes.Add(new Theme { Name = "Inner critic" });
            return Task.CompletedTask;
        });

        var result = await new PatternsStore(racing, Clock).AddThemeToRecapsAsync("inner critic", [recap.Id]);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(SaveStatus.Saved, result.Status);
        var theme = Assert.Single(await Themes.ListThemesAsync());
        Assert.Equal("Inner critic", theme.Name);
        Assert.Equal(theme.Id, result.Id);
        Assert.Equal(["Inner critic"], (await Recaps.GetRecapAsync(recap.Id))!.Themes.Select(t => t.Name));
    }
}

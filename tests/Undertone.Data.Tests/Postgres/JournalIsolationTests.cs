using Undertone.Data.Ownership;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Two people on one server-mode database. Through the stores, each keeps their own recaps, questions, themes,
/// scripts, agreements, voice notes and settings, and neither can read, count, change or delete the other's, even
/// knowing the other's ids (ids are shared counters, so they are easy to guess).
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class JournalIsolationTests(PostgresFixture postgres)
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EachPerson_ReadsAndCountsOnlyTheirOwnRecapsQuestionsAndThemes()
    {
        var (a, b) = People();
        var aRecap = await SaveRecapAsync(a, "A's own words", "sleep", "work");
        await SaveRecapAsync(b, "B's own words", "sleep");
        await SaveRecapAsync(b, "B again", "family");
        Assert.True((await a.Questions.AddQuestionAsync("A asks about rest", aRecap)).IsSaved);
        Assert.True((await b.Questions.AddQuestionAsync("B asks about sleep")).IsSaved);

        var aPage = await a.Recaps.ListRecapsAsync(RecapFilter.All, 0, 50);
        var bPage = await b.Recaps.ListRecapsAsync(RecapFilter.All, 0, 50);
        Assert.Equal(["A's own words"], aPage.Items.Select(r => r.Excerpt));
        Assert.Equal(1, aPage.TotalCount);
        Assert.Equal(2, bPage.TotalCount);
        Assert.Equal(["A asks about rest"], (await a.Questions.ListQuestionsAsync()).Select(q => q.Text));
        Assert.Equal(["B asks about sleep"], (await b.Questions.ListQuestionsAsync()).Select(q => q.Text));

        // The same theme name is each person's own theme, counted only over their own recaps.
        var aThemes = await a.Themes.ListThemesAsync();
        var bThemes = await b.Themes.ListThemesAsync();
        Assert.Equal(["sleep:1", "work:1"], aThemes.Select(t => $"{t.Name}:{t.RecapCount}").Order(StringComparer.Ordinal));
        Assert.Equal(["family:1", "sleep:1"], bThemes.Select(t => $"{t.Name}:{t.RecapCount}").Order(StringComparer.Ordinal));
        Assert.NotEqual(aThemes.Single(t => t.Name == "sleep").Id, bThemes.Single(t => t.Name == "sleep").Id);

        var aPatterns = await a.Patterns.GetReportAsync();
        var bPatterns = await b.Patterns.GetReportAsync();
        Assert.Equal(1, aPatterns.RecapCount);
        Assert.Equal(2, bPatterns.RecapCount);
    }

    [Fact]
    public async Task NeitherPerson_CanReadChangeOrDeleteTheOthersRecapsAndQuestions_ByTheirIds()
    {
        var (a, b) = People();
        var aRecap = await SaveRecapAsync(a, "A's private recap", "sleep");
        var aQuestion = await a.Questions.AddQuestionAsync("A's private question");

        Assert.Null(await b.Recaps.GetRecapAsync(aRecap));
        Assert.Null(await b.Questions.GetQuestionAsync(aQuestion.Id));
        Assert.Empty(await b.Recaps.ListRecapsInRangeAsync(null, null));

        var overwrite = await b.Recaps.SaveRecapAsync(aRecap, new RecapDraft { SessionDate = Today, WhatCameUp = "B was here" }, 1);
        Assert.Equal(SaveStatus.NotFound, overwrite.Status);
        var answer = await b.Questions.UpdateQuestionAsync(aQuestion.Id, "B was here", QuestionStatus.Resolved, "", aQuestion.Version);
        Assert.Equal(SaveStatus.NotFound, answer.Status);
        Assert.Null(await b.Recaps.DeleteRecapAsync(aRecap));
        Assert.Null(await b.Questions.DeleteQuestionAsync(aQuestion.Id));
        Assert.False(await b.Patterns.MarkQuestionAskedAsync(aQuestion.Id));

        var recap = await a.Recaps.GetRecapAsync(aRecap);
        Assert.Equal("A's private recap", recap!.WhatCameUp);
        var question = await a.Questions.GetQuestionAsync(aQuestion.Id);
        Assert.Equal(("A's private question", QuestionStatus.Open), (question!.Text, question.Status));
    }

    [Fact]
    public async Task NeitherPerson_CanRenameMergeOrDeleteTheOthersThemes()
    {
        var (a, b) = People();
        await SaveRecapAsync(a, "A's recap", "grief");
        await SaveRecapAsync(b, "B's recap", "work");
        var aTheme = (await a.Themes.ListThemesAsync()).Single();
        var bTheme = (await b.Themes.ListThemesAsync()).Single();

        Assert.Equal(SaveStatus.NotFound, (await b.Themes.RenameThemeAsync(aTheme.Id, "renamed by B")).Status);
        Assert.False(await b.Themes.MergeThemesAsync(aTheme.Id, bTheme.Id));
        Assert.False(await b.Themes.MergeThemesAsync(bTheme.Id, aTheme.Id));
        Assert.False(await b.Themes.DeleteThemeAsync(aTheme.Id));

        Assert.Equal("grief:1", (await a.Themes.ListThemesAsync()).Select(t => $"{t.Name}:{t.RecapCount}").Single());
        Assert.Equal("work:1", (await b.Themes.ListThemesAsync()).Select(t => $"{t.Name}:{t.RecapCount}").Single());
    }

    [Fact]
    public async Task MergingThemes_MovesOnlyTheMergersOwnRecaps()
    {
        var (a, _) = People();
        await SaveRecapAsync(a, "first", "sleep");
        await SaveRecapAsync(a, "second", "rest");
        var themes = await a.Themes.ListThemesAsync();

        Assert.True(await a.Themes.MergeThemesAsync(themes.Single(t => t.Name == "rest").Id, themes.Single(t => t.Name == "sleep").Id));

        Assert.Equal("sleep:2", (await a.Themes.ListThemesAsync()).Select(t => $"{t.Name}:{t.RecapCount}").Single());
    }

    [Fact]
    public async Task EachPerson_KeepsTheirOwnScriptsAndAgreements_AndCannotTouchTheOthers()
    {
        var (a, b) = People();
        var aScript = await a.Scripts.SaveScriptAsync(null, Script("A's message", "Could I keep a short recap of our sessions?"), 0);
        Assert.True(aScript.IsSaved);
        var agreed = await a.Scripts.SaveAgreementAsync(aScript.Id, new AgreementInput { AskedOn = Today, Answer = AgreementAnswer.Yes, Format = RecordFormat.ShortRecap }, 0);
        Assert.True(agreed.IsSaved);
        Assert.True((await b.Scripts.SaveScriptAsync(null, Script("B's message", "Could we name the takeaways together?"), 0)).IsSaved);

        Assert.Equal(["A's message"], (await a.Scripts.ListScriptsAsync()).Select(s => s.Name));
        Assert.Equal(["B's message"], (await b.Scripts.ListScriptsAsync()).Select(s => s.Name));
        Assert.Null(await b.Scripts.GetScriptAsync(aScript.Id));
        Assert.False((await b.Scripts.SaveScriptAsync(aScript.Id, Script("B was here", "B was here"), aScript.Version)).IsSaved);
        Assert.False((await b.Scripts.SaveAgreementAsync(aScript.Id, new AgreementInput { AskedOn = Today, Answer = AgreementAnswer.No }, agreed.Version)).IsSaved);
        Assert.False((await b.Scripts.DuplicateScriptAsync(aScript.Id)).IsSaved);
        Assert.False(await b.Scripts.DeleteScriptAsync(aScript.Id));

        var mine = await a.Scripts.GetScriptAsync(aScript.Id);
        Assert.Equal("Could I keep a short recap of our sessions?", mine!.Text);
        Assert.Equal(AgreementAnswer.Yes, mine.Agreement!.Answer);
    }

    [Fact]
    public async Task EachPerson_KeepsTheirOwnWorkingDraftAndSettings()
    {
        var (a, b) = People();
        Assert.True((await a.Scripts.SaveDraftTextAsync("A's unfinished message", 0, new DraftWriter(Guid.NewGuid(), 1), new ConsentAsk())).IsSaved);
        await a.Settings.SetAsync("theme", "dark");
        await b.Settings.SetAsync("theme", "light");

        Assert.Null(await b.Scripts.GetDraftAsync());
        Assert.Equal("A's unfinished message", (await a.Scripts.GetDraftAsync())!.EditedText);
        Assert.Equal("dark", await a.Settings.GetAsync("theme"));
        Assert.Equal("light", await b.Settings.GetAsync("theme"));
    }

    [Fact]
    public async Task NeitherPerson_CanListPlayRenameOrDeleteTheOthersVoiceNotes_OrRecordOnTheirRecap()
    {
        var (a, b) = People();
        var aRecap = await SaveRecapAsync(a, "A's recap", "sleep");
        var note = (await a.VoiceNotes.StartAsync(aRecap, "audio/webm;codecs=opus"))!;
        Assert.Equal(ChunkResult.Saved, await a.VoiceNotes.AppendAsync(note.Id, 0, [1, 2, 3], 1000));

        Assert.Null(await b.VoiceNotes.StartAsync(aRecap, "audio/webm;codecs=opus"));
        Assert.Empty(await b.VoiceNotes.ListAsync(aRecap));
        Assert.Null(await b.VoiceNotes.GetAsync(note.Id));
        Assert.Null(await b.VoiceNotes.ReadAudioAsync(note.Id));
        Assert.NotEqual(ChunkResult.Saved, await b.VoiceNotes.AppendAsync(note.Id, 1, [9, 9], 2000));
        Assert.False(await b.VoiceNotes.FinishAsync(note.Id, 2000));
        Assert.NotEqual(SaveStatus.Saved, (await b.VoiceNotes.RenameAsync(note.Id, "B was here")).Status);
        Assert.False(await b.VoiceNotes.DeleteAsync(note.Id));

        var audio = await a.VoiceNotes.ReadAudioAsync(note.Id);
        Assert.Equal([1, 2, 3], audio!.Data);
        Assert.Equal("Voice note", (await a.VoiceNotes.GetAsync(note.Id))!.DisplayName);
    }

    [Fact]
    public async Task NobodySignedIn_ReadsNothing_AndCannotSave()
    {
        var (a, _) = People();
        await SaveRecapAsync(a, "A's recap", "sleep");
        var nobody = new TestJournal(new PersonJournal(UndertonePostgresOptions(null)), _clock);

        Assert.Equal(0, (await nobody.Recaps.ListRecapsAsync(RecapFilter.All, 0, 50)).TotalCount);
        Assert.Empty(await nobody.Themes.ListThemesAsync());
        await Assert.ThrowsAsync<NobodySignedInException>(
            () => nobody.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "orphan" }, 0));
    }

    private DbContextOptions<UndertoneDbContext> UndertonePostgresOptions(Guid? person) =>
        Undertone.Data.Postgres.UndertonePostgres.CreateOptions(postgres.ConnectionString, new KnownPerson(person));

    private (OnePerson A, OnePerson B) People() => (new OnePerson(postgres, _clock), new OnePerson(postgres, _clock));

    private static async Task<int> SaveRecapAsync(OnePerson person, string words, params string[] themes)
    {
        var result = await person.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = words, ThemeNames = themes }, 0);
        Assert.True(result.IsSaved, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.Id;
    }

    private static SavedScriptInput Script(string name, string text) =>
        new(name, new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }, text, true, [], "");
}

using Microsoft.Extensions.Logging.Abstractions;

namespace Undertone.Web.Tests.Journal;

/// <summary>The recap editor's state with a real, migrated SQLite file (failing on demand as SQLite does), and no bunit.</summary>
public sealed class RecapEditorStateTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private FlakyFactory _factory = null!;

    /// <summary>A store that never fails, to set things up and look at what was saved.</summary>
    private RecapStore _saved = null!;

    public async Task InitializeAsync()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        _database = await TestDatabase.CreateAsync();
        _factory = new FlakyFactory(_database);
        _saved = new RecapStore(_database, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<RecapEditorState> OpenAsync(int? id = null)
    {
        var editor = new RecapEditorState(new RecapStore(_factory, _clock), new StoreCall(NullLogger<StoreCall>.Instance), _clock);
        Assert.Null(await editor.OpenAsync(id));
        return editor;
    }

    private async Task<SaveResult> SaveElsewhereAsync(int id, Func<RecapDraft, RecapDraft> change)
    {
        var current = (await _saved.GetRecapAsync(id))!;
        return await _saved.SaveRecapAsync(id, change(RecapDraft.From(current)), current.Version);
    }

    [Fact]
    public async Task NewRecap_StartsDatedToday_AndBlankIsNothingToSave()
    {
        var editor = await OpenAsync();

        Assert.Equal(Today.ToDateTime(TimeOnly.MinValue), editor.Form.SessionDate);
        Assert.Equal("Not saved yet. Start typing and it saves itself.", editor.StatusText);
        Assert.False(editor.FormChanged()); // nothing typed: no countdown
        Assert.Equal(RecapSaveOutcome.Nothing, await editor.SaveAsync());
        Assert.Null(editor.RecapId);
        Assert.Equal(0, (await _saved.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task Typing_IsPending_ThenSaving_ThenSaved_AndTheFirstSaveNamesTheRecap()
    {
        var editor = await OpenAsync();
        var seen = new List<SaveState>();
        editor.Changed += () => seen.Add(editor.SaveState);

        editor.Form.WhatCameUp = "We talked about the move.";
        Assert.True(editor.FormChanged());
        Assert.Equal("Changes not saved yet…", editor.StatusText);
        Assert.True(editor.IsDirty);

        var outcome = await editor.SaveAsync();

        Assert.Equal([SaveState.Saving], seen);
        Assert.True(outcome.Saved);
        Assert.True(outcome.FirstSave);
        Assert.Equal(SaveState.Saved, editor.SaveState);
        Assert.StartsWith("Saved at", editor.StatusText, StringComparison.Ordinal);
        Assert.False(editor.IsDirty);
        Assert.Equal("We talked about the move.", (await _saved.GetRecapAsync(editor.RecapId!.Value))!.WhatCameUp);

        editor.Form.WhatCameUp = "We talked about the move, and home.";
        editor.FormChanged();
        Assert.False((await editor.SaveAsync()).FirstSave); // the second save updates the same recap
        Assert.Single((await _saved.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
    }

    [Fact]
    public async Task TypingBackToWhatIsSaved_IsNotPendingAnyMore()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var editor = await OpenAsync(created.Id);

        editor.Form.WhatCameUp = "originally";
        Assert.True(editor.FormChanged());
        editor.Form.WhatCameUp = "original";

        Assert.False(editor.FormChanged());
        Assert.Equal("All changes saved.", editor.StatusText);
        Assert.False(editor.IsDirty);
    }

    [Fact]
    public async Task TooLongText_KeepsWhatWasTyped_NotesTheField_AndSavesNothing()
    {
        var editor = await OpenAsync();
        var tooLong = new string('a', Recap.LongTextMaxLength + 3);

        editor.Form.Takeaways = tooLong;
        editor.FormChanged();
        await editor.SaveAsync();

        Assert.Equal(SaveState.Invalid, editor.SaveState);
        Assert.Equal("Not saved yet: see the note on the field.", editor.StatusText);
        Assert.Contains("3 fewer", editor.ErrorFor(nameof(RecapDraft.Takeaways)), StringComparison.Ordinal);
        Assert.Equal(tooLong, editor.Form.Takeaways);
        Assert.Equal(0, (await _saved.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);

        editor.Form.Takeaways = "Shorter now";
        Assert.True(editor.FormChanged());
        Assert.Equal(SaveState.Pending, editor.SaveState);
        Assert.False(editor.HasError(nameof(RecapDraft.Takeaways)));
    }

    [Fact]
    public async Task NoDate_AsksForTheDay_AndKeepsTheText()
    {
        var editor = await OpenAsync();

        editor.Form.WhatCameUp = "Words without a day";
        editor.Form.SessionDate = null;
        editor.FormChanged();
        await editor.SaveAsync();

        Assert.Equal("Pick the day of the session.", editor.ErrorFor(nameof(RecapDraft.SessionDate)));
        Assert.Equal("Words without a day", editor.Form.WhatCameUp);
        Assert.Equal(0, (await _saved.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task FailedSave_KeepsTheText_SaysWhy_AndTheNextTrySaves()
    {
        var editor = await OpenAsync();
        editor.Form.WhatCameUp = "Words I do not want to lose";
        editor.FormChanged();
        _factory.Fail = true;

        await editor.SaveAsync();

        Assert.Equal(SaveState.Failed, editor.SaveState);
        Assert.Equal(BusyMessages.NotSaved, editor.Failure);
        Assert.Equal("Words I do not want to lose", editor.Form.WhatCameUp);
        Assert.True(editor.IsDirty);

        _factory.Fail = false;
        Assert.True((await editor.SaveAsync()).Saved);
        Assert.Equal("Words I do not want to lose", (await _saved.GetRecapAsync(editor.RecapId!.Value))!.WhatCameUp);
    }

    /// <summary>A recap open here, saved in another tab meanwhile, and "from this tab" typed and saved here: a conflict.</summary>
    private async Task<(RecapEditorState Editor, int Id)> OpenConflictAsync()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var editor = await OpenAsync(created.Id);
        await SaveElsewhereAsync(created.Id, d => d with { WhatCameUp = "from the other tab" });
        editor.Form.WhatCameUp = "from this tab";
        editor.FormChanged();
        await editor.SaveAsync();
        return (editor, created.Id);
    }

    [Fact]
    public async Task ChangedElsewhere_IsAConflict_NothingIsOverwritten_AndKeepMineSavesMine()
    {
        var (editor, id) = await OpenConflictAsync();

        Assert.Equal(SaveState.Conflict, editor.SaveState);
        Assert.Equal("Not saved: changed elsewhere.", editor.StatusText);
        Assert.Equal("from the other tab", (await _saved.GetRecapAsync(id))!.WhatCameUp);
        Assert.Equal(RecapSaveOutcome.Nothing, await editor.SaveAsync()); // no more saves until the person chooses
        Assert.True(editor.FormChanged() && editor.SaveState == SaveState.Conflict); // typing doesn't hide the choice

        Assert.True((await editor.KeepMineAsync()).Saved);

        Assert.Equal(SaveState.Saved, editor.SaveState);
        Assert.Equal("from this tab", (await _saved.GetRecapAsync(id))!.WhatCameUp);
    }

    [Fact]
    public async Task ChangedElsewhere_ShowTheOtherVersion_ReplacesTheForm()
    {
        var (editor, id) = await OpenConflictAsync();

        Assert.Null(await editor.LoadSavedVersionAsync());

        Assert.Equal("from the other tab", editor.Form.WhatCameUp);
        Assert.Equal(SaveState.Unchanged, editor.SaveState);
        Assert.False(editor.IsDirty);
        editor.Form.Takeaways = "and now more";
        editor.FormChanged();
        Assert.True((await editor.SaveAsync()).Saved); // on top of the other version, no conflict
        Assert.Equal("from the other tab", (await _saved.GetRecapAsync(id))!.WhatCameUp);
    }

    [Fact]
    public async Task ShowTheOtherVersion_WhileBusy_KeepsWhatWasTyped_AndTheChoice()
    {
        var (editor, _) = await OpenConflictAsync();
        _factory.Fail = true;

        Assert.Equal(BusyMessages.NotDone, await editor.LoadSavedVersionAsync());

        Assert.Equal("from this tab", editor.Form.WhatCameUp);
        Assert.Equal(SaveState.Conflict, editor.SaveState);
    }

    [Fact]
    public async Task DeletedElsewhere_IsGone_AndSaveAsNewKeepsTheText()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var editor = await OpenAsync(created.Id);
        await _saved.DeleteRecapAsync(created.Id);

        editor.Form.WhatCameUp = "still mine";
        editor.FormChanged();
        await editor.SaveAsync();
        Assert.Equal(SaveState.Gone, editor.SaveState);
        Assert.Equal("Not saved: deleted elsewhere.", editor.StatusText);

        var outcome = await editor.SaveAsNewAsync();

        Assert.True(outcome.Saved && outcome.FirstSave);
        Assert.NotEqual(created.Id, editor.RecapId);
        Assert.Equal("still mine", (await _saved.GetRecapAsync(editor.RecapId!.Value))!.WhatCameUp);
    }

    [Fact]
    public async Task TheTherapistsWordsDeletedElsewhere_StayDeleted_AndMyEditsAreSavedOnTop()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original", TherapistSaid = "Saidcanary words" }, 0);
        var editor = await OpenAsync(created.Id);
        await SaveElsewhereAsync(created.Id, d => d with { TherapistSaid = "" }); // as the agreement's rule does

        editor.Form.WhatCameUp = "my newer words";
        editor.FormChanged();
        var outcome = await editor.SaveAsync();

        Assert.True(outcome.TherapistSaidDropped);
        Assert.True(outcome.SaveAgainSoon);
        Assert.Equal("", editor.Form.TherapistSaid);
        Assert.Equal(SaveState.Pending, editor.SaveState);
        Assert.True((await editor.SaveAsync()).Saved);
        var saved = (await _saved.GetRecapAsync(created.Id))!;
        Assert.Equal("my newer words", saved.WhatCameUp);
        Assert.Equal("", saved.TherapistSaid);
    }

    [Fact]
    public async Task Themes_UseTheSpellingIAlreadyHave_AndSuggestOnlyOnesNotOnTheRecap()
    {
        var editor = await OpenAsync();
        editor.UseThemes(["Work stress", "Sleep", "Family"]);

        Assert.True(editor.AddTheme("  work STRESS "));
        Assert.False(editor.AddTheme("Work stress")); // already there
        Assert.False(editor.AddTheme("   "));

        Assert.Equal(["Work stress"], editor.Form.Themes);
        Assert.Equal(["Sleep", "Family"], editor.ThemeSuggestions(null));
        Assert.Equal(["Sleep"], editor.ThemeSuggestions("sle"));

        editor.Form.WhatCameUp = "Saying no at work";
        editor.AddTheme("Boundaries");
        Assert.True((await editor.SaveAsync()).Saved);
        Assert.Contains("Boundaries", editor.KnownThemes);
    }

    [Fact]
    public async Task AVoiceNoteOnANewRecap_SavesItWithOnlyItsDate()
    {
        var editor = await OpenAsync();

        var outcome = await editor.SaveEvenIfBlankAsync();

        Assert.True(outcome.FirstSave);
        Assert.NotNull(editor.RecapId);
        Assert.Equal(Today, (await _saved.GetRecapAsync(editor.RecapId.Value))!.SessionDate);
    }

    [Fact]
    public async Task Delete_LeavesNothingToSave_AndGivesWhatAnUndoNeeds()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var editor = await OpenAsync(created.Id);
        editor.Form.WhatCameUp = "typed, then deleted";

        var deleted = await editor.DeleteAsync();

        Assert.True(deleted.Succeeded);
        Assert.False(editor.IsDirty);
        Assert.Null(await _saved.GetRecapAsync(created.Id));
        await _saved.RestoreRecapAsync(deleted.Value!);
        Assert.Equal("original", (await _saved.GetRecapAsync(created.Id))!.WhatCameUp);
    }

    [Fact]
    public async Task OpeningWhileBusy_SaysSo_AndOpensNothing()
    {
        var created = await _saved.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var editor = new RecapEditorState(new RecapStore(_factory, _clock), new StoreCall(NullLogger<StoreCall>.Instance), _clock);
        _factory.Fail = true;

        Assert.NotNull(await editor.OpenAsync(created.Id));

        Assert.False(editor.IsOpen);
        Assert.False(editor.NotFound);
        Assert.Equal(RecapSaveOutcome.Nothing, await editor.SaveAsync());
    }
}

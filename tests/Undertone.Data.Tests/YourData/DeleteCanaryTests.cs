namespace Undertone.Data.Tests.YourData;

/// <summary>
/// Right after a delete returns, with the app's connections still open and nothing else run, the deleted words are
/// in no file of the data folder: not the database, not its <c>-wal</c>, not its <c>-shm</c>.
/// </summary>
public sealed class DeleteCanaryTests : JournalTestBase
{
    private const string Canary = "Zebracanary";

    private ScriptStore _scripts = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _scripts = new ScriptStore(Database, Clock);
    }

    [Fact]
    public async Task DeletedRecap_IsInNoFileOfTheDataFolder()
    {
        var recap = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = $"The {Canary} talk", TherapistSaid = $"{Canary} said" }, 0);
        // Autosaves write the words again and again into the -wal before the delete.
        for (var i = 0; i < 5; i++)
        {
            recap = await Recaps.SaveRecapAsync(recap.Id, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = $"The {Canary} talk {i}" }, recap.Version);
        }

        await KeepOtherTextAsync();
        Assert.NotEmpty(DataFolderCanary.FilesHolding(Database.Folder, Canary));

        Assert.NotNull(await Recaps.DeleteRecapAsync(recap.Id));

        Assert.Equal("", string.Join(", ", DataFolderCanary.FilesHolding(Database.Folder, Canary)));
        Assert.Single(await Search.SearchAsync("kept"));
    }

    [Fact]
    public async Task DeletedRecap_TheThemeOnlyItCarried_IsInNoFileOfTheDataFolder()
    {
        var recap = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Plain words", ThemeNames = [Canary, "Sleep"] }, 0);
        await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "Other words", ThemeNames = ["Sleep"] }, 0);
        Assert.NotEmpty(DataFolderCanary.FilesHolding(Database.Folder, Canary));

        Assert.NotNull(await Recaps.DeleteRecapAsync(recap.Id));

        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, Canary));
        Assert.Equal([("Sleep", 1)], (await Themes.ListThemesAsync()).Select(t => (t.Name, t.RecapCount)));
    }

    [Fact]
    public async Task DeletedQuestion_IsInNoFileOfTheDataFolder()
    {
        var question = await Questions.AddQuestionAsync($"Ask about {Canary}?");
        await KeepOtherTextAsync();

        Assert.NotNull(await Questions.DeleteQuestionAsync(question.Id));

        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, Canary));
    }

    [Fact]
    public async Task DeletedTheme_IsInNoFileOfTheDataFolder()
    {
        await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Plain words", ThemeNames = [Canary, "Sleep"] }, 0);
        var theme = (await Themes.ListThemesAsync()).Single(t => t.Name == Canary);

        Assert.True(await Themes.DeleteThemeAsync(theme.Id));

        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, Canary));
    }

    [Fact]
    public async Task DeletedScript_AndClearedDraft_AreInNoFileOfTheDataFolder()
    {
        var saved = await _scripts.SaveScriptAsync(null, new SavedScriptInput($"For {Canary}", ExampleAsk.ShortRecapOnThisDevice, $"Hello {Canary}, could we talk about a recap?", true, [], $"{Canary} follow-up"), 0);
        await _scripts.SaveDraftAsync(new WorkingDraft { Ask = ExampleAsk.ShortRecapOnThisDevice, EditedText = $"Draft {Canary}", Name = "n" }, DraftWriter.None);
        await KeepOtherTextAsync();

        Assert.True(await _scripts.DeleteScriptAsync(saved.Id));
        await _scripts.ClearDraftAsync();

        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, Canary));
    }

    [Fact]
    public async Task DeleteEverything_LeavesNoTextInAnyFile_AndTheJournalWorksAfterwards()
    {
        var recap = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = $"The {Canary} talk", ThemeNames = [$"{Canary}theme"] }, 0);
        await Questions.AddQuestionAsync($"Ask about {Canary}?", recap.Id);
        await _scripts.SaveScriptAsync(null, new SavedScriptInput($"For {Canary}", ExampleAsk.ShortRecapOnThisDevice, $"Hello {Canary}, could we talk about a recap?", true, [], ""), 0);
        await _scripts.SaveDraftAsync(new WorkingDraft { Ask = ExampleAsk.ShortRecapOnThisDevice, EditedText = $"Draft {Canary}" }, DraftWriter.None);
        await Samples.AddSampleEntriesAsync();
        var hook = new RecordingHook();
        var wipe = new DataWipe(Database, [hook]);

        await wipe.DeleteEverythingAsync();

        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, Canary));
        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, "overcommitting")); // a sample word
        Assert.Equal(1, hook.Calls);
        Assert.Equal(0, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
        Assert.Empty(await Themes.ListThemesAsync());
        Assert.Empty(await _scripts.ListScriptsAsync());
        Assert.Null(await _scripts.GetDraftAsync());

        var again = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), WhatCameUp = "A fresh start" }, 0);
        Assert.True(again.IsSaved);
        Assert.Single(await Search.SearchAsync("fresh"));
    }

    [Theory]
    [InlineData("delete everything", true)]
    [InlineData("  Delete Everything ", true)]
    [InlineData("delete", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Confirmation_MustBeTheWholePhrase(string? typed, bool confirmed) =>
        Assert.Equal(confirmed, DataWipe.IsConfirmed(typed));

    private async Task KeepOtherTextAsync() =>
        await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 19), WhatCameUp = "These kept words stay" }, 0);

    private sealed class RecordingHook : IDeleteEverythingHook
    {
        public int Calls { get; private set; }

        public Task AfterEverythingDeletedAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.CompletedTask;
        }
    }
}

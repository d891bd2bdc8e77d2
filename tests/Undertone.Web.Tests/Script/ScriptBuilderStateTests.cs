using Microsoft.Extensions.Logging.Abstractions;

namespace Undertone.Web.Tests.Script;

/// <summary>The builder's state with a real, migrated SQLite file, and no bunit.</summary>
public sealed class ScriptBuilderStateTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private ScriptStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _store = new ScriptStore(_database, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ScriptBuilderState NewTab() => new(_store, new StoreCall(NullLogger<StoreCall>.Instance));

    private async Task<ScriptBuilderState> OpenTabAsync()
    {
        var tab = NewTab();
        await tab.OpenAsync();
        return tab;
    }

    /// <summary>
    /// Two tabs on the builder: tab B changes the therapist's name, then tab A, which has not seen that, types
    /// "Words typed in tab A."
    /// </summary>
    private async Task<(ScriptBuilderState TabA, ScriptBuilderState TabB)> TypeInTheOlderOfTwoTabsAsync()
    {
        var tabA = await OpenTabAsync();
        var tabB = await OpenTabAsync();
        await tabB.ChangeAsync(f => f.TherapistName = "Dr. Rivera");
        await tabA.SetTextAsync("Words typed in tab A.", 1, tabA.Message.TextRevision);
        return (tabA, tabB);
    }

    [Fact]
    public async Task Typing_KeepsTheDraft_AndAnotherVisitGetsItBack()
    {
        var tab = await OpenTabAsync();
        var changes = 0;
        tab.Changed += () => changes++;

        await tab.SetTextAsync("My words for Tuesday.", 1, tab.Message.TextRevision);

        Assert.True(changes > 0);
        Assert.True(tab.IsDirty);
        var again = await OpenTabAsync();
        Assert.Equal("My words for Tuesday.", again.Message.Text);
        Assert.Equal(tab.DraftVersion, again.DraftVersion);
    }

    [Fact]
    public async Task TwoTabs_TheOlderOneIsToldAndSavesNothing_ThenChoosesTheNewerDraft()
    {
        var (tabA, _) = await TypeInTheOlderOfTwoTabsAsync();

        Assert.True(tabA.NewerDraftElsewhere);
        Assert.Equal("Words typed in tab A.", tabA.Message.Text); // kept on screen
        var stored = await _store.GetDraftAsync();
        Assert.Equal("Dr. Rivera", stored!.Ask.TherapistName);
        Assert.Null(stored.EditedText);

        await tabA.UseNewerDraftAsync();

        Assert.False(tabA.NewerDraftElsewhere);
        Assert.Equal("Dr. Rivera", tabA.Message.Form.TherapistName);
        Assert.True(tabA.Message.ForceText);
        Assert.DoesNotContain("tab A", tabA.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoTabs_KeepThisOne_SavesItOverTheOtherTabsDraftOnPurpose()
    {
        var (tabA, tabB) = await TypeInTheOlderOfTwoTabsAsync();

        await tabA.KeepThisDraftAsync();

        Assert.False(tabA.NewerDraftElsewhere);
        Assert.Equal("Words typed in tab A.", (await _store.GetDraftAsync())!.EditedText);

        // And now tab B is the older one: it is told in turn.
        await tabB.CheckForNewerDraftAsync();
        Assert.True(tabB.NewerDraftElsewhere);
    }

    [Fact]
    public async Task LookingAtATabAgain_AfterAnotherTabSaved_OffersTheNewerDraft()
    {
        var tabA = await OpenTabAsync();
        var tabB = await OpenTabAsync();
        await tabA.CheckForNewerDraftAsync();
        Assert.False(tabA.NewerDraftElsewhere);

        await tabB.ChangeAsync(f => f.Tone = Tone.Warm);
        await tabA.CheckForNewerDraftAsync();

        Assert.True(tabA.NewerDraftElsewhere);
        Assert.Equal(ScriptBuilderState.NewerDraftNote, tabA.Status);
    }

    [Fact]
    public async Task SaveScript_ThenOpenIt_InAnotherTab_BringsBackTheWordsAndTheName()
    {
        var tab = await OpenTabAsync();
        await tab.SetTextAsync("Saved words. What are you comfortable with?", 1, tab.Message.TextRevision);
        tab.Name = "Before Tuesday";

        await tab.SaveScriptAsync(asNew: false);

        Assert.Null(tab.SaveProblem);
        Assert.False(tab.IsDirty);
        Assert.NotNull(tab.ScriptId);
        var other = await OpenTabAsync();
        await other.StartNewAsync();
        Assert.Null(await other.OpenScriptAsync(tab.ScriptId.Value));
        Assert.Equal("Saved words. What are you comfortable with?", other.Message.Text);
        Assert.Equal("Before Tuesday", other.Name);
    }

    [Fact]
    public async Task SaveScript_WithAChoiceNotValid_SaysSoAndSavesNothing()
    {
        var tab = await OpenTabAsync();
        await tab.ChangeAsync(f => f.Retention = RetentionKind.DeleteAfterDays);
        await tab.ChangeAsync(f => f.RetentionDays = 4000);
        tab.Name = "Not yet";

        await tab.SaveScriptAsync(asNew: false);

        Assert.NotNull(tab.SaveProblem);
        Assert.Empty(await _store.ListScriptsAsync());
        // The draft keeps the choices as typed, so nothing is lost on a refresh.
        Assert.Equal(RetentionKind.DeleteAfterDays, (await _store.GetDraftAsync())!.Ask.Retention.Kind);
    }
}

using Microsoft.AspNetCore.Components.Web;
using Undertone.Web.Components.Layout;
using Undertone.Web.Components.Pages.Patterns;

namespace Undertone.Web.Tests.Journal;

/// <summary>When the journal file is busy, every action says so calmly, keeps what was typed, and the page stays up.</summary>
public sealed class BusyJournalTests : ComponentTestBase
{
    private async Task<(TestJournal Store, FlakyFactory Factory)> UseStoreAsync()
    {
        var journal = await UseFlakyJournalAsync();
        Services.AddSingleton<PatternsStore>();
        Services.AddSingleton<SettingsStore>();
        Services.AddSingleton<PdfExports>();
        return journal;
    }

    private static async Task SaveRecapAsync(TestJournal store, string whatCameUp) =>
        Assert.True((await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = store.Recaps.Today, WhatCameUp = whatCameUp }, 0)).IsSaved);

    /// <summary>The journal list (and the dialogs its delete buttons open), once it shows <paramref name="shown"/>.</summary>
    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<JournalPage> Page) RenderJournalList(string shown)
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<JournalPage>();
        cut.WaitForAssertion(() => Assert.Contains(shown, cut.Markup, StringComparison.Ordinal));
        return (dialogs, cut);
    }

    /// <summary>
    /// A recap saying <paramref name="whatCameUp"/>, on the journal list: presses its delete button, and once the page
    /// asks, runs <paramref name="beforeConfirming"/> (the file starts failing) and confirms.
    /// </summary>
    private async Task<IRenderedComponent<JournalPage>> DeleteARecapAsync(TestJournal store, string whatCameUp, Action beforeConfirming)
    {
        await SaveRecapAsync(store, whatCameUp);
        var (dialogs, cut) = RenderJournalList(whatCameUp);

        await ClickAndConfirmAsync(cut.Find("button[aria-label^='Delete the recap']"), dialogs, "Delete", beforeConfirming);
        return cut;
    }

    /// <summary>Makes the file fail, opens <typeparamref name="TPage"/>, and waits for it to say what it could not load.</summary>
    private IRenderedComponent<TPage> OpenWhileBusy<TPage>(FlakyFactory factory)
        where TPage : IComponent
    {
        factory.Fail = true;

        var cut = Render<TPage>();

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        return cut;
    }

    [Fact]
    public async Task Undo_WhenTheJournalFileIsBusy_ShowsACalmWarningInsteadOfThrowing()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        await snackbars.InvokeAsync(() => JournalUndo.Offer(snackbar, Services.GetRequiredService<StoreCall>(), "Recap deleted.", () => throw new Microsoft.Data.Sqlite.SqliteException("database is locked", FlakyFactory.Busy)));

        await snackbars.WaitForElement("button").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains(BusyMessages.NotBroughtBack, snackbars.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Brought back.", snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DarkMode_WhenTheJournalFileIsBusy_StillRendersAndSwitches_AndSaysItWasNotRemembered()
    {
        var (_, factory) = await UseStoreAsync();
        factory.Fail = true;
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        cut.WaitForAssertion(() => Assert.Contains("page body", cut.Markup, StringComparison.Ordinal));

        await cut.Find("button[aria-label='Switch to dark mode']").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[aria-label='Switch to light mode']")));
        Assert.Contains(Snackbars(), m => m.Contains("couldn't remember this choice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecapForm_LeftBeforeTheAutosaveDelay_SavesWhatWasTyped()
    {
        var (store, _) = await UseStoreAsync();
        var cut = Render<RecapEditPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("textarea")));

        cut.FindAll("textarea")[0].Input("The last thing I wrote before leaving");
        cut.WaitForAssertion(() => Assert.Contains("Changes not saved yet", cut.Markup, StringComparison.Ordinal));
        await DisposeComponentsAsync();

        var saved = Assert.Single((await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
        Assert.Equal("The last thing I wrote before leaving", (await store.Recaps.GetRecapAsync(saved.Id))!.WhatCameUp);

        Clock.Advance(RecapEditPage.AutosaveDelay); // the countdown is gone: nothing runs after the page
        Assert.Single((await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
    }

    [Fact]
    public async Task Questions_AddWhileBusy_KeepsTheQuestionInTheBox_AndSaysWhatHappened()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = Render<QuestionsPage>();
        cut.WaitForAssertion(() => Assert.Contains("No questions yet", cut.Markup, StringComparison.Ordinal));
        var box = cut.Find("input");
        box.Input("Why is Sunday hard?");
        factory.Fail = true;

        await cut.Find("input").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains("couldn't save that just now", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Why is Sunday hard?", cut.Find("input").GetAttribute("value"));
        factory.Fail = false;
        Assert.Empty(await store.Questions.ListQuestionsAsync());
    }

    [Fact]
    public async Task Patterns_AddAsThemeWhileBusy_SaysSo_AndThePageStays()
    {
        var (store, factory) = await UseStoreAsync();
        foreach (var text in new[] { "Inner critic at work.", "The inner critic again.", "Inner critic, louder." })
        {
            Assert.True((await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = store.Recaps.Today.AddDays(-3), WhatCameUp = text }, 0)).IsSaved);
        }

        var cut = Render<PatternsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=phrases]")));
        factory.Fail = true;

        await cut.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Add as a theme: “inner critic”").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.NotNull(cut.Find("[data-testid=phrases]"));
        factory.Fail = false;
        Assert.Empty(await store.Themes.ListThemesAsync());
    }

    [Fact]
    public async Task JournalList_DeleteWhileBusy_SaysSo_AndTheRecapStays()
    {
        var (store, factory) = await UseStoreAsync();

        var cut = await DeleteARecapAsync(store, "Still here", () => factory.Fail = true);

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.Contains("Still here", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(Snackbars(), m => m.Contains("Recap deleted", StringComparison.Ordinal));
        factory.Fail = false;
        Assert.Single((await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
    }

    [Fact]
    public async Task JournalList_RemoveSamplesWhileBusy_SaysSo_AndTheSamplesStay()
    {
        var (store, factory) = await UseStoreAsync();
        await store.Samples.AddSampleEntriesAsync();
        var (dialogs, cut) = RenderJournalList("Remove all sample entries");

        var remove = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Remove all sample entries");
        await ClickAndConfirmAsync(remove, dialogs, "Remove samples", () => factory.Fail = true);

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.Contains("Remove all sample entries", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample entries removed.", Snackbars());
        factory.Fail = false;
        Assert.True(await store.Samples.HasSampleEntriesAsync());
    }

    [Fact]
    public async Task JournalList_DeleteWhenOnlyTheReloadFails_StillOffersUndo_AndSaysTheListMayBeOld()
    {
        var (store, factory) = await UseStoreAsync();

        var cut = await DeleteARecapAsync(store, "Going now", () => factory.FailAfter(1)); // the delete works, the reload after it does not

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        Assert.Contains(Snackbars(), m => m.Contains("Recap deleted", StringComparison.Ordinal));
        Assert.DoesNotContain(BusyMessages.NotDone, Snackbars());
        factory.Fail = false;
        Assert.Empty((await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
    }

    [Fact]
    public async Task JournalList_OpenedWhileBusy_SaysSo_AndThePageStays()
    {
        var (_, factory) = await UseStoreAsync();

        var cut = OpenWhileBusy<JournalPage>(factory);

        Assert.Contains("Your journal", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_OpenedWhileBusy_SaysSo_InsteadOfSayingThereAreNone()
    {
        var (store, factory) = await UseStoreAsync();
        await store.Questions.AddQuestionAsync("Why is Sunday hard?");

        var cut = OpenWhileBusy<QuestionsPage>(factory);

        Assert.DoesNotContain("No questions yet", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_AddWhenOnlyTheReloadFails_ClearsTheBox_AndSaysTheListMayBeOld()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = Render<QuestionsPage>();
        cut.WaitForAssertion(() => Assert.Contains("No questions yet", cut.Markup, StringComparison.Ordinal));
        cut.Find("input").Input("Why is Sunday hard?");
        factory.FailAfter(1); // the save works, the reload after it does not

        await cut.Find("input").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal);
        factory.Fail = false;
        Assert.Single(await store.Questions.ListQuestionsAsync());
    }

    [Fact]
    public async Task PatternsAndPrep_OpenedWhileBusy_SayItInsteadOfLoadingForever()
    {
        var (_, factory) = await UseStoreAsync();

        var patterns = OpenWhileBusy<PatternsPage>(factory);
        var prep = OpenWhileBusy<PrepPage>(factory);

        Assert.Empty(patterns.FindAll(".mud-skeleton"));
        Assert.Empty(prep.FindAll(".mud-skeleton"));
        Assert.Contains(BusyMessages.NotLoaded, patterns.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Contains(BusyMessages.NotLoaded, prep.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_WhileBusy_SaysWhatWasNotLoadedOrSaved_AndShowsWhatIsStored()
    {
        var (_, factory) = await UseStoreAsync();
        OpenWhileBusy<SettingsPage>(factory);

        factory.Fail = false;
        var cut = Render<SettingsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("input[type=radio]").Count));
        factory.Fail = true;
        await cut.FindAll("input[type=radio]")[1].ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal));
        factory.Fail = false;
        Assert.Equal(Undertone.Pdf.PaperSize.A4, await Services.GetRequiredService<PdfExports>().GetPaperAsync());
    }

    [Fact]
    public async Task Search_WhileBusy_KeepsTheWordsInTheBox_AndSaysSo()
    {
        var (_, factory) = await UseStoreAsync();
        var cut = Render<SearchPage>();
        cut.Find("input").Input("lighthouse");
        factory.Fail = true;

        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("lighthouse", cut.Find("input").GetAttribute("value"));
        Assert.DoesNotContain("Nothing found", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WhenAStoreHasABug_SaysSomethingWentWrong_KeepsTheWords_AndLogsTheStackWithoutTheWords()
    {
        var (_, factory) = await UseStoreAsync();
        var cut = Render<SearchPage>();
        cut.Find("input").Input("lighthouse");
        factory.Throw(() => new InvalidOperationException("a bug that names the search: lighthouse"));

        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains(StoreMessages.For(StoreAction.Load, null), cut.Markup, StringComparison.Ordinal));
        Assert.Equal("lighthouse", cut.Find("input").GetAttribute("value"));
        Assert.DoesNotContain(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal);
        var error = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(nameof(InvalidOperationException), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SqliteFailures), error.Message, StringComparison.Ordinal); // the stack trace names where it was thrown
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("lighthouse", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(8, "read-only")]
    [InlineData(13, "disk is full")]
    [InlineData(10, "trouble reading or writing")]
    public async Task Questions_WhenTheFileFailsForAReason_SayWhich_KeepTheText_AndLogTheReasonOnly(int sqliteCode, string reason)
    {
        var (_, factory) = await UseStoreAsync();
        var cut = Render<QuestionsPage>();
        cut.WaitForAssertion(() => Assert.Contains("New question", cut.Markup, StringComparison.Ordinal));
        factory.FailWith(sqliteCode);

        var input = cut.Find("input");
        input.Input("What did I mean by lighthouse?");
        await input.KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains(reason, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("What did I mean by lighthouse?", cut.Find("input").GetAttribute("value"));
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(Logs.Entries, e => e.Level == LogLevel.Error || e.Message.Contains("lighthouse", StringComparison.Ordinal));
    }
}

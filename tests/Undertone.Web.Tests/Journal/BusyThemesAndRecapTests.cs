using Microsoft.AspNetCore.Components.Web;

namespace Undertone.Web.Tests.Journal;

/// <summary>Themes and the recap form, when the journal file is busy: a calm message, the typed text kept, the page up.</summary>
public sealed class BusyThemesAndRecapTests : ComponentTestBase
{
    private Task<(TestJournal Store, FlakyFactory Factory)> UseStoreAsync() => UseFlakyJournalAsync();

    private static async Task<int> SaveRecapAsync(TestJournal store, string whatCameUp, params string[] themes)
    {
        var result = await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = store.Recaps.Today.AddDays(-1), WhatCameUp = whatCameUp, ThemeNames = themes }, 0);
        Assert.True(result.IsSaved);
        return result.Id;
    }

    private static IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : IComponent
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    /// <summary>
    /// A recap with the theme "work", on the themes page: presses "Delete theme work", and once the page asks, runs
    /// <paramref name="beforeConfirming"/> (the file starts failing) and confirms.
    /// </summary>
    private async Task<IRenderedComponent<ThemesPage>> DeleteThemeWorkAsync(TestJournal store, Action beforeConfirming)
    {
        await SaveRecapAsync(store, "A long week.", "work");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ThemesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[aria-label='Delete theme work']")));

        await ClickAndConfirmAsync(cut.Find("button[aria-label='Delete theme work']"), dialogs, "Delete theme", beforeConfirming, question: "Delete the theme “work”?");
        return cut;
    }

    // ---------------------------------------------------------------- themes

    [Fact]
    public async Task RenameTheme_WhileBusy_KeepsTheNewNameInTheBox_AndSaysItWasNotSaved()
    {
        var (store, factory) = await UseStoreAsync();
        await SaveRecapAsync(store, "A long week.", "work");
        var cut = Render<ThemesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[aria-label='Rename work']")));
        await cut.Find("button[aria-label='Rename work']").ClickAsync(new());
        Field(cut, "New name for work").Input("my job");
        factory.Fail = true;

        await cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save name").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("my job", Field(cut, "New name for work").GetAttribute("value"));
        factory.Fail = false;
        Assert.Equal("work", Assert.Single(await store.Themes.ListThemesAsync()).Name);
    }

    [Fact]
    public async Task MergeThemes_WhileBusy_SaysItDidNotGoThrough_AndBothThemesStay()
    {
        var (store, factory) = await UseStoreAsync();
        await SaveRecapAsync(store, "A long week.", "work", "job");
        var dialogs = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ThemesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".theme-row").Count));

        await cut.Find("input[aria-label='Merge job into another theme']").Closest(".mud-input-control")!.MouseDownAsync(new());
        popovers.WaitForAssertion(() => Assert.Single(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "work"));
        var work = popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "work");
        await ClickAndConfirmAsync(work, dialogs, "Merge", () => factory.Fail = true, question: "Merge “job” into “work”?");

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.Equal(2, cut.FindAll(".theme-row").Count);
        factory.Fail = false;
        Assert.Equal(2, (await store.Themes.ListThemesAsync()).Count);
    }

    [Fact]
    public async Task DeleteTheme_WhileBusy_SaysItDidNotGoThrough_AndTheThemeStays()
    {
        var (store, factory) = await UseStoreAsync();

        var cut = await DeleteThemeWorkAsync(store, () => factory.Fail = true);

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.Contains("work", cut.Find(".theme-list").TextContent, StringComparison.Ordinal);
        factory.Fail = false;
        Assert.Single(await store.Themes.ListThemesAsync());
    }

    [Fact]
    public async Task DeleteTheme_WhenOnlyTheReloadAfterItFails_SaysItWasDeleted_AndThatTheListMayBeOld()
    {
        var (store, factory) = await UseStoreAsync();

        var cut = await DeleteThemeWorkAsync(store, () => factory.FailAfter(1)); // the delete works, the reload after it does not

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Theme deleted.", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(BusyMessages.NotDone, Snackbars());
        factory.Fail = false;
        Assert.Empty(await store.Themes.ListThemesAsync());
    }

    // ---------------------------------------------------------------- recap form

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RecapOpenedWhileBusy_SaysSo_InsteadOfShowingAnEmptyForm(bool existing)
    {
        var (store, factory) = await UseStoreAsync();
        var id = existing ? await SaveRecapAsync(store, "We talked about Sundays.") : (int?)null;
        factory.Fail = true;

        var cut = Render<RecapEditPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotLoaded, cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("textarea"));
    }

    [Fact]
    public async Task RecapAddQuestion_WhileBusy_KeepsTheQuestionAndTheRecap_AndSaysItWasNotSaved()
    {
        var (store, factory) = await UseStoreAsync();
        var id = await SaveRecapAsync(store, "We talked about Sundays.");
        var cut = Render<RecapEditPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Field(cut, "Add a question for next time"));
        Field(cut, "Add a question for next time").Input("Why is Sunday hard?");
        factory.Fail = true;

        await Field(cut, "Add a question for next time").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Why is Sunday hard?", Field(cut, "Add a question for next time").GetAttribute("value"));
        Assert.Equal("We talked about Sundays.", Field(cut, "What came up?").TextContent);
        factory.Fail = false;
        Assert.Empty(await store.Questions.ListQuestionsAsync());
    }

    [Fact]
    public async Task RecapDelete_WhileBusy_StaysOnTheRecap_AndSaysItWasNotDeleted()
    {
        var (store, factory) = await UseStoreAsync();
        var id = await SaveRecapAsync(store, "We talked about Sundays.");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<RecapEditPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Field(cut, "What came up?"));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var address = navigation.Uri;

        var delete = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Delete this recap");
        await ClickAndConfirmAsync(delete, dialogs, "Delete", () => factory.Fail = true, question: "Delete this recap?");

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
        Assert.Equal("We talked about Sundays.", Field(cut, "What came up?").TextContent);
        Assert.Equal(address, navigation.Uri);
        factory.Fail = false;
        Assert.NotNull(await store.Recaps.GetRecapAsync(id));
    }
}

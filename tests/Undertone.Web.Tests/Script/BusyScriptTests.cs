using Microsoft.Extensions.Logging.Abstractions;
using static Undertone.Web.Tests.Script.BuilderPage;

namespace Undertone.Web.Tests.Script;

/// <summary>When the journal file is busy, the script builder says so calmly, keeps what was typed, and stays up.</summary>
public sealed class BusyScriptTests : ComponentTestBase
{
    private static readonly string Starting = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;

    private async Task<(ScriptStore Store, FlakyFactory Factory)> UseStoreAsync()
    {
        var factory = await UseFlakyDatabaseAsync();
        Services.AddSingleton<ScriptStore>();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        return (new ScriptStore(factory.Database, Clock), factory);
    }

    private async Task<(ScriptStore Store, FlakyFactory Factory, int ScriptId)> UseStoreWithAScriptAsync()
    {
        var (store, factory) = await UseStoreAsync();
        var saved = await store.SaveScriptAsync(null, new SavedScriptInput("For Ana", ScriptForm.StartingAsk, Starting, false, [], ""), 0);
        Assert.True(saved.IsSaved);
        return (store, factory, saved.Id);
    }

    private IRenderedComponent<ScriptPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        var cut = Render<ScriptPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(BuilderPage.Message(cut)));
        return cut;
    }

    /// <summary>One saved message, "For Ana", and the builder page once its saved list shows it.</summary>
    private async Task<(ScriptStore Store, FlakyFactory Factory, int ScriptId, IRenderedComponent<ScriptPage> Page)> RenderPageWithASavedMessageAsync()
    {
        var (store, factory, scriptId) = await UseStoreWithAScriptAsync();
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Contains("For Ana", cut.Find(".saved-list").TextContent, StringComparison.Ordinal));
        return (store, factory, scriptId, cut);
    }

    /// <summary>Makes the file fail, presses <paramref name="button"/>, and waits for the calm "it didn't go through".</summary>
    private async Task PressWhileBusyAsync(IRenderedComponent<ScriptPage> cut, FlakyFactory factory, string button)
    {
        factory.Fail = true;

        await Button(cut, button).ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, Snackbars()));
    }

    [Fact]
    public async Task Opening_WhileBusy_ShowsTheStartingMessage_SaysWhatDidNotLoad_AndLeavesTheStoredDraftAlone()
    {
        var (store, factory, _) = await UseStoreWithAScriptAsync();
        await store.SaveDraftAsync(new WorkingDraft { Ask = ScriptForm.StartingAsk, EditedText = "Words from yesterday." }, DraftWriter.None);
        factory.Fail = true;

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("get your work in progress back", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(2, cut.Markup.Split(BusyMessages.NotLoaded).Length - 1); // the draft and the saved list
        Assert.DoesNotContain("Nothing saved yet", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(Starting, BuilderPage.Message(cut));

        // The file answers again: a change on this page must not replace the draft that was never read.
        factory.Fail = false;
        await Choice(cut, "Warmer").ChangeAsync(new ChangeEventArgs { Value = "Warmer" });
        cut.WaitForAssertion(() => Assert.NotEqual(Starting, BuilderPage.Message(cut)));
        Assert.Equal("Words from yesterday.", (await store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task Typing_WhileBusy_SaysTheChangeIsNotKeptYet_KeepsTheText_AndKeepsItOnceTheFileAnswers()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = RenderPage();
        factory.Fail = true;
        await BuilderPage.TypeAsync(cut, "My own words, typed while the file is busy.");

        cut.WaitForAssertion(() => Assert.Contains("with your next change", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed while the file is busy.", BuilderPage.Message(cut));

        factory.Fail = false;
        await BuilderPage.TypeAsync(cut, "My own words, typed while the file was busy.");

        cut.WaitForAssertion(() => Assert.DoesNotContain("with your next change", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed while the file was busy.", (await store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task SaveMessage_WhileBusy_KeepsTheNameAndTheText_AndSaysItWasNotSaved()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = RenderPage();
        await BuilderPage.TypeAsync(cut, "Words I want to keep. What are you comfortable with?");
        Field(cut, "Name for this message").Change("Before Tuesday");
        factory.Fail = true;

        await Button(cut, "Save message").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Words I want to keep. What are you comfortable with?", BuilderPage.Message(cut));
        Assert.Equal("Before Tuesday", Field(cut, "Name for this message").GetAttribute("value"));
        factory.Fail = false;
        Assert.Empty(await store.ListScriptsAsync());
    }

    [Fact]
    public async Task OpenASavedMessage_WhileBusy_KeepsTheUnsavedEdits_AndSaysItDidNotGoThrough()
    {
        var (_, factory, _, cut) = await RenderPageWithASavedMessageAsync();
        await BuilderPage.TypeAsync(cut, "Unsaved words I care about.");
        await Button(cut, "Open").ClickAsync(new());
        cut.WaitForAssertion(() => Button(cut, "Open “For Ana”"));

        await PressWhileBusyAsync(cut, factory, "Open “For Ana”");

        Assert.Equal("Unsaved words I care about.", BuilderPage.Message(cut));
        Assert.Contains("For Ana", cut.Find(".saved-list").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_WhileBusy_SaysItDidNotGoThrough_AndThePageStays()
    {
        var (store, factory, _, cut) = await RenderPageWithASavedMessageAsync();

        await PressWhileBusyAsync(cut, factory, "Duplicate");

        Assert.Single(cut.FindAll(".saved-item"));
        Assert.Equal(Starting, BuilderPage.Message(cut));
        factory.Fail = false;
        Assert.Single(await store.ListScriptsAsync());
    }

    [Fact]
    public async Task Delete_WhileBusy_KeepsTheSavedMessage_AndSaysItDidNotGoThrough()
    {
        var (store, factory, _, cut) = await RenderPageWithASavedMessageAsync();
        await Button(cut, "Delete").ClickAsync(new());
        cut.WaitForAssertion(() => Button(cut, "Yes, delete it"));

        await PressWhileBusyAsync(cut, factory, "Yes, delete it");

        Assert.Contains("For Ana", cut.Find(".saved-list").TextContent, StringComparison.Ordinal);
        factory.Fail = false;
        Assert.Single(await store.ListScriptsAsync());
    }

    [Fact]
    public async Task RecordTheirAnswer_WhileBusy_SaysItDidNotGoThrough_AndThePageStays()
    {
        var (_, factory, _, cut) = await RenderPageWithASavedMessageAsync();

        await PressWhileBusyAsync(cut, factory, "Record their answer");

        Assert.Empty(cut.FindAll(".agreement-form"));
        Assert.Contains("For Ana", cut.Find(".saved-list").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveWhatWasAgreed_WhileBusy_KeepsTheFormAndWhatWasTyped_AndSaysItWasNotSaved()
    {
        var (store, factory, scriptId, cut) = await RenderPageWithASavedMessageAsync();
        await Button(cut, "Record their answer").ClickAsync(new());
        cut.WaitForAssertion(() => cut.Find(".agreement-form"));
        cut.FindAll(".agreement-form input[type=radio]").First(i => i.ParentElement!.ParentElement!.TextContent.Trim() == "Yes, with conditions").Click();
        cut.WaitForAssertion(() => Field(cut, "Any boundaries they set (optional)").Change("Only the last five minutes."));
        factory.Fail = true;

        await Button(cut, "Save what was agreed").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Find(".agreement-form").TextContent, StringComparison.Ordinal));
        Assert.Equal("Only the last five minutes.", Field(cut, "Any boundaries they set (optional)").TextContent);
        factory.Fail = false;
        Assert.Null((await store.GetScriptAsync(scriptId))!.Agreement);
    }
}

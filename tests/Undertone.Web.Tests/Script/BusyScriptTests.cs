using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using Undertone.Data;
using Undertone.Data.Consent;
using Undertone.Domain.Consent;
using Undertone.Web.Components.Pages.Script;

namespace Undertone.Web.Tests.Script;

/// <summary>When the journal file is busy, the script builder says so calmly, keeps what was typed, and stays up.</summary>
public sealed class BusyScriptTests : ComponentTestBase
{
    private static readonly string Starting = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;

    private async Task<(ScriptStore Store, FlakyFactory Factory)> UseStoreAsync()
    {
        // The base registers (and later deletes) the database; the flaky wrapper registered after it wins.
        var database = await UseDatabaseAsync();
        var factory = new FlakyFactory(database);
        Services.AddSingleton<IDbContextFactory<UndertoneDbContext>>(factory);
        Services.AddSingleton<ScriptStore>();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        return (new ScriptStore(database, Clock), factory);
    }

    private async Task<(ScriptStore Store, FlakyFactory Factory, int ScriptId)> UseStoreWithAScriptAsync()
    {
        var (store, factory) = await UseStoreAsync();
        var saved = await store.SaveScriptAsync(null, new ScriptInput("For Ana", ScriptForm.StartingAsk, Starting, false, [], ""), 0);
        Assert.True(saved.IsSaved);
        return (store, factory, saved.Id);
    }

    private IRenderedComponent<ScriptPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        var cut = Render<ScriptPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Message(cut)));
        return cut;
    }

    private static string Message(IRenderedComponent<ScriptPage> cut) =>
        cut.Find("textarea#message-text").GetAttribute("value") ?? "";

    private static IElement Choice(IRenderedComponent<ScriptPage> cut, string label)
    {
        var labelElement = cut.FindAll("label.segmented-label").Single(l => l.TextContent.Trim() == label);
        return cut.Find("#" + labelElement.GetAttribute("for"));
    }

    [Fact]
    public async Task Opening_WhileBusy_ShowsTheStartingMessage_SaysWhatDidNotLoad_AndLeavesTheStoredDraftAlone()
    {
        var (store, factory, _) = await UseStoreWithAScriptAsync();
        await store.SaveDraftAsync(new WorkingDraft { Ask = ScriptForm.StartingAsk, EditedText = "Words from yesterday." });
        factory.Fail = true;

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("couldn't open your work in progress", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("couldn't load your saved messages", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing saved yet", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(Starting, Message(cut));

        // The file answers again: a change on this page must not replace the draft that was never read.
        factory.Fail = false;
        await Choice(cut, "Warmer").ChangeAsync(new ChangeEventArgs { Value = "Warmer" });
        cut.WaitForAssertion(() => Assert.NotEqual(Starting, Message(cut)));
        Assert.Equal("Words from yesterday.", (await store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task Typing_WhileBusy_SaysTheChangeIsNotKeptYet_KeepsTheText_AndKeepsItOnceTheFileAnswers()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = RenderPage();
        cut.Find("textarea#message-text").Input("My own words, typed while the file is busy.");
        factory.Fail = true;

        Clock.Advance(ScriptPage.CheckDelay);

        cut.WaitForAssertion(() => Assert.Contains("latest changes aren't kept yet", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed while the file is busy.", Message(cut));

        factory.Fail = false;
        cut.Find("textarea#message-text").Input("My own words, typed while the file was busy.");
        Clock.Advance(ScriptPage.CheckDelay);

        cut.WaitForAssertion(() => Assert.DoesNotContain("latest changes aren't kept yet", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed while the file was busy.", (await store.GetDraftAsync())!.EditedText);
    }
}

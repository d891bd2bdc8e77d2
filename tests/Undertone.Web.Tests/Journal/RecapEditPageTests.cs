using Undertone.Data.Agreements;
using Undertone.Data.Tests.Agreements;

namespace Undertone.Web.Tests.Journal;

public sealed class RecapEditPageTests : ComponentTestBase
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private async Task<(TestJournal Store, FlakyFactory Factory)> UseStoreAsync()
    {
        var factory = await UseFlakyDatabaseAsync();
        AddJournalStores();
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return (new TestJournal(factory, Clock), factory);
    }

    private static IElement Field(IRenderedComponent<RecapEditPage> cut, string label)
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    private static string Status(IRenderedComponent<RecapEditPage> cut) => cut.Find("[data-testid=save-status]").TextContent.Trim();

    /// <summary>The form for a new recap, once the field labelled <paramref name="field"/> is on the page.</summary>
    private IRenderedComponent<RecapEditPage> RenderNewRecapForm(string field = "What came up?")
    {
        var cut = Render<RecapEditPage>();
        cut.WaitForAssertion(() => Field(cut, field));
        return cut;
    }

    [Fact]
    public async Task Typing_SavesAfterAPause_AndSaysSo()
    {
        var (store, _) = await UseStoreAsync();
        var cut = RenderNewRecapForm();

        Field(cut, "What came up?").Input("We talked about the move. “Home” feels different now 🙂");

        cut.WaitForAssertion(() => Assert.Equal("Changes not saved yet…", Status(cut)));
        Assert.Equal(0, (await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);

        Clock.Advance(RecapEditPage.AutosaveDelay);

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        var saved = Assert.Single((await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
        Assert.Equal(Today, saved.SessionDate);
        Assert.Equal("We talked about the move. “Home” feels different now 🙂", (await store.Recaps.GetRecapAsync(saved.Id))!.WhatCameUp);
    }

    [Fact]
    public async Task UntouchedBlankRecap_NeverSaysChangesAreNotSaved()
    {
        var (store, _) = await UseStoreAsync();
        var cut = RenderNewRecapForm();

        // Tab through, change the date, type and take it back: still nothing written, so nothing waits to be saved.
        Field(cut, "What came up?").Blur();
        await cut.InvokeAsync(() => cut.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(Today.AddDays(-1).ToDateTime(TimeOnly.MinValue)));
        Field(cut, "What came up?").Input("a");
        Field(cut, "What came up?").Input("");
        Field(cut, "What came up?").Blur();

        cut.WaitForAssertion(() => Assert.Equal("Not saved yet. Start typing and it saves itself.", Status(cut)));
        Assert.Equal(0, (await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task QuickRecapChoice_IsRememberedInTheJournalsSettings_ForTheNextRecap()
    {
        await UseStoreAsync();
        var first = RenderNewRecapForm("What I want to come back to");

        await first.InvokeAsync(() => first.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        first.WaitForAssertion(() => Assert.DoesNotContain(first.FindAll("label"), l => l.TextContent.Trim() == "What I want to come back to"));

        Assert.True(await Services.GetRequiredService<Undertone.Data.Settings.SettingsStore>().GetFlagAsync(Undertone.Domain.Settings.SettingKeys.QuickRecap));
        var next = RenderNewRecapForm();
        Assert.DoesNotContain(next.FindAll("label"), l => l.TextContent.Trim() == "What I want to come back to");
    }

    [Fact]
    public async Task LeavingAField_SavesStraightAway()
    {
        var (store, _) = await UseStoreAsync();
        var cut = RenderNewRecapForm("Next steps or homework");

        var field = Field(cut, "Next steps or homework");
        field.Input("Call the clinic");
        field.Blur();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        Assert.Equal(1, (await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task TooLongText_ShowsAPlainMessage_KeepsTheText_AndSavesNothing()
    {
        var (store, _) = await UseStoreAsync();
        var cut = RenderNewRecapForm("What mattered most?");
        var tooLong = new string('a', Recap.LongTextMaxLength + 3);

        Field(cut, "What mattered most?").Input(tooLong);
        Clock.Advance(RecapEditPage.AutosaveDelay);

        cut.WaitForAssertion(() => Assert.Contains("What mattered most can be up to 10,000 characters", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("3 fewer", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(tooLong, Field(cut, "What mattered most?").GetAttribute("value") ?? Field(cut, "What mattered most?").TextContent);
        Assert.Equal("Not saved yet: see the note on the field.", Status(cut));
        Assert.Equal(0, (await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task FailedSave_KeepsTheText_AndSaysWhatHappened_ThenRetrySaves()
    {
        var (store, factory) = await UseStoreAsync();
        var cut = RenderNewRecapForm();
        factory.Fail = true;

        Field(cut, "What came up?").Input("Words I do not want to lose");
        Clock.Advance(RecapEditPage.AutosaveDelay);

        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotSaved, cut.Markup, StringComparison.Ordinal));
        Assert.Contains("What you typed is still here", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Words I do not want to lose", cut.Markup, StringComparison.Ordinal);

        factory.Fail = false;
        cut.FindAll("button").First(b => b.TextContent.Contains("Try saving again", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        Assert.Equal(1, (await store.Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task EditingARecapChangedElsewhere_ReportsTheConflict_AndKeepsBothVersions()
    {
        var (store, _, recapId, cut) = await TypeIntoARecapChangedElsewhereAsync();

        Assert.Contains("from this tab", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("from the other tab", (await store.Recaps.GetRecapAsync(recapId))!.WhatCameUp);

        cut.FindAll("button").First(b => b.TextContent.Contains("Keep my version", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        Assert.Equal("from this tab", (await store.Recaps.GetRecapAsync(recapId))!.WhatCameUp);
    }

    /// <summary>A recap open on the page, changed in another tab, then typed in here: the page shows the conflict.</summary>
    private async Task<(TestJournal Store, FlakyFactory Factory, int RecapId, IRenderedComponent<RecapEditPage> Cut)> TypeIntoARecapChangedElsewhereAsync()
    {
        var (store, factory) = await UseStoreAsync();
        var created = await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original" }, 0);
        var cut = Render<RecapEditPage>(p => p.Add(x => x.Id, created.Id));
        cut.WaitForAssertion(() => Field(cut, "What came up?"));
        await store.Recaps.SaveRecapAsync(created.Id, new RecapDraft { SessionDate = Today, WhatCameUp = "from the other tab" }, created.Version);

        Field(cut, "What came up?").Input("from this tab");
        Clock.Advance(RecapEditPage.AutosaveDelay);
        cut.WaitForAssertion(() => Assert.Contains("changed somewhere else", cut.Markup, StringComparison.Ordinal));
        return (store, factory, created.Id, cut);
    }

    /// <summary>A recap whose "something my therapist said" is under "deleted after review", open on the page.</summary>
    private async Task<(TestJournal Store, int RecapId, IRenderedComponent<RecapEditPage> Cut)> OpenRecapUnderReviewRuleAsync()
    {
        var (store, factory) = await UseStoreAsync();
        var scripts = new ScriptStore(factory, Clock);
        await RecordedAgreement.SaveAsync(scripts, new AgreementInput
        {
            AskedOn = Today,
            Answer = AgreementAnswer.Yes,
            Format = RecordFormat.ShortRecap,
            Retention = RetentionKind.DeleteAfterReview,
        });
        var created = await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = Today, WhatCameUp = "original", TherapistSaid = "Saidcanary words" }, 0);
        var cut = Render<RecapEditPage>(p => p.Add(x => x.Id, created.Id));
        cut.WaitForAssertion(() => Assert.Contains("Saidcanary words", cut.Markup, StringComparison.Ordinal));
        return (store, created.Id, cut);
    }

    [Fact]
    public async Task TheAgreementsRuleDeletedWhatTheTherapistSaid_WhileThePageWasOpen_MyEditsSave_AndTheWordsStayDeleted()
    {
        var (store, recapId, cut) = await OpenRecapUnderReviewRuleAsync();
        Assert.NotNull(await Services.GetRequiredService<SessionMaterialRules>().ReviewAsync(recapId)); // e.g. in another tab

        Field(cut, "What came up?").Input("my newer words");
        Clock.Advance(RecapEditPage.AutosaveDelay);
        cut.WaitForAssertion(() => Assert.Contains("so it stays deleted", cut.Markup, StringComparison.Ordinal));
        Clock.Advance(RecapEditPage.AutosaveDelay);

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        var saved = (await store.Recaps.GetRecapAsync(recapId))!;
        Assert.Equal("my newer words", saved.WhatCameUp);
        Assert.Equal("", saved.TherapistSaid);
        Assert.DoesNotContain("Saidcanary", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConflictAfterTheRuleRan_KeepMyVersion_DoesNotBringBackWhatTheTherapistSaid()
    {
        var (store, recapId, cut) = await OpenRecapUnderReviewRuleAsync();
        await Services.GetRequiredService<SessionMaterialRules>().ReviewAsync(recapId);
        var current = (await store.Recaps.GetRecapAsync(recapId))!;
        await store.Recaps.SaveRecapAsync(recapId, RecapDraft.From(current) with { Takeaways = "from the other tab" }, current.Version);

        Field(cut, "What came up?").Input("from this tab");
        Clock.Advance(RecapEditPage.AutosaveDelay);
        cut.WaitForAssertion(() => Assert.Contains("changed somewhere else", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("so it stays deleted", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("button").First(b => b.TextContent.Contains("Keep my version", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        var saved = (await store.Recaps.GetRecapAsync(recapId))!;
        Assert.Equal("from this tab", saved.WhatCameUp);
        Assert.Equal("", saved.TherapistSaid);
    }

    [Fact]
    public async Task ShowingTheOtherVersion_WhileBusy_KeepsWhatWasTyped_AndSaysSo()
    {
        var (_, factory, _, cut) = await TypeIntoARecapChangedElsewhereAsync();
        var dialogs = Render<MudDialogProvider>();

        var asking = cut.FindAll("button").First(b => b.TextContent.Contains("other version", StringComparison.Ordinal)).ClickAsync(new());
        factory.Fail = true;
        await dialogs.WaitForElements("button").Single(b => b.TextContent.Trim() == "Show the other version").ClickAsync(new());
        await asking;

        var snackbars = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message);
        cut.WaitForAssertion(() => Assert.Contains(BusyMessages.NotDone, snackbars));
        Assert.Contains("from this tab", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("changed somewhere else", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickRecap_ShowsThreePrompts()
    {
        await UseStoreAsync();
        var cut = RenderNewRecapForm();

        cut.Find("input[type=checkbox]").Change(true);

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("textarea").Count));
        Assert.DoesNotContain("Something my therapist said", cut.Markup, StringComparison.Ordinal);
    }
}

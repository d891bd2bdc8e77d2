namespace Undertone.Data.Tests.Consent;

public sealed class ScriptStoreTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Noon);

    [Fact]
    public async Task SaveScript_New_ReadsBackEverythingExactlyAsSaved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var ask = new ConsentAsk
        {
            Reasons = [AskReason.NoticePatterns, AskReason.RememberTakeaways],
            CustomReason = "Ich vergesse so viel — really 🙂",
            MemoryContexts = [MemoryContext.Adhd],
            Format = RecordFormat.Transcript,
            Storage = StoragePlace.EncryptedApp,
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = "Sam",
            Retention = RetentionRule.DeleteAfterDays(30),
            Use = RecordUse.ShareWith,
            SharePerson = "Dr. Ortiz",
            Tone = Tone.Warm,
            Length = MessageLength.Detailed,
            Delivery = Delivery.Spoken,
            TherapistName = "Ana",
            UserName = "Jo",
        };
        var text = "My own words,\n\nwith a blank line — and ünïcödé.";

        var result = await store.SaveScriptAsync(null, new SavedScriptInput("  Before Tuesday  ", ask, text, true, [FollowUpAlternative.PrivateNote, FollowUpAlternative.OwnVoiceRecap], "Could we try a recap?"), 0);

        Assert.True(result.IsSaved);
        var stored = await store.GetScriptAsync(result.Id);
        Assert.NotNull(stored);
        Assert.Equal("Before Tuesday", stored.Name);
        Assert.Equal(text, stored.Text);
        Assert.True(stored.IsEdited);
        Assert.Equal("Could we try a recap?", stored.FollowUpText);
        Assert.Equal([FollowUpAlternative.OwnVoiceRecap, FollowUpAlternative.PrivateNote], stored.Alternatives);
        Assert.Equal(Noon, stored.CreatedAt);
        Assert.Equal(1, stored.Version);
        AssertSameAsk(ask, stored.Ask);
    }

    [Fact]
    public async Task SaveScript_InvalidInput_IsRefusedWithFieldErrorsAndNothingStored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var input = new SavedScriptInput(new string('n', SavedScript.NameMaxLength + 1), new ConsentAsk(), new string('x', SavedScript.TextMaxLength + 1), true, [], "");

        var result = await store.SaveScriptAsync(null, input, 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e.Field == "name");
        Assert.Contains(result.Errors, e => e.Field == "text");
        Assert.Empty(await store.ListScriptsAsync());
    }

    [Fact]
    public async Task SaveScript_FromAnOlderVersion_IsAConflictAndKeepsTheNewerText()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var created = await store.SaveScriptAsync(null, Input("Mine", "first"), 0);
        var second = await store.SaveScriptAsync(created.Id, Input("Mine", "second"), created.Version);

        var stale = await store.SaveScriptAsync(created.Id, Input("Mine", "from another tab"), created.Version);

        Assert.True(second.IsSaved);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(second.Version, stale.Version);
        Assert.Equal("second", (await store.GetScriptAsync(created.Id))!.Text);
    }

    [Fact]
    public async Task SaveScript_DeletedElsewhere_IsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var created = await store.SaveScriptAsync(null, Input("Mine", "first"), 0);
        await store.DeleteScriptAsync(created.Id);

        var result = await store.SaveScriptAsync(created.Id, Input("Mine", "again"), created.Version);

        Assert.Equal(SaveStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task ListScripts_NewestChangeFirst_WithAgreementAndWordCount()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var older = await store.SaveScriptAsync(null, Input("Older", "one two three"), 0);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await store.SaveScriptAsync(null, Input("Newer", "one two"), 0);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await store.SaveAgreementAsync(older.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.No }, 0);
        await store.SaveScriptAsync(older.Id, Input("Older", "one two three four"), older.Version);

        var list = await store.ListScriptsAsync();

        Assert.Equal(["Older", "Newer"], list.Select(s => s.Name));
        Assert.Equal(4, list[0].WordCount);
        Assert.Equal(AgreementAnswer.No, list[0].Agreement?.Answer);
        Assert.Null(list[1].Agreement);
    }

    [Fact]
    public async Task DuplicateScript_CopiesTextAndChoicesButNotTheAgreement()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var original = await store.SaveScriptAsync(null, Input(new string('a', SavedScript.NameMaxLength), "keep these words"), 0);
        await store.SaveAgreementAsync(original.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.Yes }, 0);

        var copy = await store.DuplicateScriptAsync(original.Id);

        Assert.True(copy.IsSaved);
        var stored = await store.GetScriptAsync(copy.Id);
        Assert.Equal("keep these words", stored!.Text);
        Assert.EndsWith(" (copy)", stored.Name, StringComparison.Ordinal);
        Assert.Equal(SavedScript.NameMaxLength, stored.Name.Length);
        Assert.Null(stored.Agreement);
    }

    [Fact]
    public async Task DeleteScript_RemovesItsAgreementToo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var created = await store.SaveScriptAsync(null, Input("Mine", "text"), 0);
        await store.SaveAgreementAsync(created.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.NotNow }, 0);

        Assert.True(await store.DeleteScriptAsync(created.Id));
        Assert.False(await store.DeleteScriptAsync(created.Id));

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.ScriptAgreements.CountAsync());
        Assert.Null(await store.GetScriptAsync(created.Id));
    }

    [Fact]
    public async Task SaveAgreement_Yes_KeepsTheAgreedDetails()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var script = await store.SaveScriptAsync(null, Input("Mine", "text"), 0);
        var input = new AgreementInput
        {
            AskedOn = new DateOnly(2026, 11, 20),
            Answer = AgreementAnswer.YesWithConditions,
            Format = RecordFormat.ShortRecap,
            Storage = StoragePlace.DeviceOnly,
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = " Sam ",
            Retention = RetentionKind.DeleteAfterDays,
            RetentionDays = 14,
            Boundaries = "Not the first ten minutes.",
        };

        var result = await store.SaveAgreementAsync(script.Id, input, 0);

        Assert.True(result.IsSaved);
        var agreement = (await store.GetScriptAsync(script.Id))!.Agreement!;
        Assert.Equal(new DateOnly(2026, 11, 20), agreement.AskedOn);
        Assert.Equal(AgreementAnswer.YesWithConditions, agreement.Answer);
        Assert.Equal(RecordFormat.ShortRecap, agreement.Format);
        Assert.Equal(StoragePlace.DeviceOnly, agreement.Storage);
        Assert.Equal("Sam", agreement.AccessPerson);
        Assert.Equal(RetentionKind.DeleteAfterDays, agreement.Retention);
        Assert.Equal(14, agreement.RetentionDays);
        Assert.Equal("Not the first ten minutes.", agreement.Boundaries);
        Assert.Equal("You agreed, with conditions: short recap, on this device, you and Sam can open it, deleted after 14 days",
            AgreementSummary.OneLine(agreement.ToConsentAgreement()));
    }

    [Fact]
    public async Task SaveAgreement_No_DropsDetailsThatWereNotAgreed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var script = await store.SaveScriptAsync(null, Input("Mine", "text"), 0);

        await store.SaveAgreementAsync(script.Id, new AgreementInput
        {
            AskedOn = store.Today,
            Answer = AgreementAnswer.No,
            Format = RecordFormat.Audio,
            Storage = StoragePlace.CloudAccount,
            Retention = RetentionKind.KeepUntilTherapyEnds,
        }, 0);

        var agreement = (await store.GetScriptAsync(script.Id))!.Agreement!;
        Assert.Null(agreement.Format);
        Assert.Null(agreement.Storage);
        Assert.Null(agreement.Retention);
    }

    [Theory]
    [InlineData("askedOn")]
    [InlineData("answer")]
    [InlineData("retentionDays")]
    [InlineData("boundaries")]
    public async Task SaveAgreement_Invalid_NamesTheField(string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var script = await store.SaveScriptAsync(null, Input("Mine", "text"), 0);
        var valid = new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.Yes };
        var input = field switch
        {
            "askedOn" => valid with { AskedOn = store.Today.AddDays(1) },
            "answer" => valid with { Answer = null },
            "retentionDays" => valid with { Retention = RetentionKind.DeleteAfterDays, RetentionDays = 0 },
            _ => valid with { Boundaries = new string('b', ScriptAgreement.BoundariesMaxLength + 1) },
        };

        var result = await store.SaveAgreementAsync(script.Id, input, 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal([field], result.Errors.Select(e => e.Field));
        Assert.Null((await store.GetScriptAsync(script.Id))!.Agreement);
    }

    [Fact]
    public async Task SaveAgreement_Twice_UpdatesTheOneAgreementAndRefusesAStaleVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var script = await store.SaveScriptAsync(null, Input("Mine", "text"), 0);
        var first = await store.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.NotNow }, 0);

        var second = await store.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.Yes }, first.Version);
        var stale = await store.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = store.Today, Answer = AgreementAnswer.No }, first.Version);

        Assert.True(second.IsSaved);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        await using var db = database.CreateDbContext();
        var only = await db.ScriptAgreements.SingleAsync();
        Assert.Equal(AgreementAnswer.Yes, only.Answer);
    }

    [Fact]
    public async Task Draft_SavesOverThePreviousAndReadsBack()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        Assert.Null(await store.GetDraftAsync());

        var first = await store.SaveDraftAsync(new WorkingDraft { Name = "first" }, DraftWriter.None);
        var draft = new WorkingDraft
        {
            Ask = new ConsentAsk { Tone = Tone.Direct, Retention = RetentionRule.KeepUntilTherapyEnds },
            EditedText = "edited, with\nnew lines",
            Alternatives = [FollowUpAlternative.TakeawaysTogether],
            Name = "Tuesday",
            ScriptId = 7,
            ScriptVersion = 3,
            Version = first.Version,
        };
        await store.SaveDraftAsync(draft, DraftWriter.None);

        var read = await store.GetDraftAsync();
        Assert.NotNull(read);
        Assert.Equal("edited, with\nnew lines", read.EditedText);
        Assert.Equal("Tuesday", read.Name);
        Assert.Equal(7, read.ScriptId);
        Assert.Equal(3, read.ScriptVersion);
        Assert.Equal([FollowUpAlternative.TakeawaysTogether], read.Alternatives);
        AssertSameAsk(draft.Ask, read.Ask);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.ScriptDrafts.CountAsync());

        await store.ClearDraftAsync();
        Assert.Null(await store.GetDraftAsync());
    }

    [Fact]
    public async Task Draft_SavedFromAnOlderVersion_IsAConflictAndTheOtherTabsDraftStays()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var tabA = new DraftWriter(Guid.NewGuid(), 0);
        var tabB = new DraftWriter(Guid.NewGuid(), 0);
        var opened = await store.SaveDraftAsync(new WorkingDraft { Name = "both tabs read this" }, DraftWriter.None);

        var fromB = await store.SaveDraftAsync(new WorkingDraft { Name = "B's work", Version = opened.Version }, tabB with { Edit = 3 });
        var fromA = await store.SaveDraftAsync(new WorkingDraft { Name = "A's work", Version = opened.Version }, tabA with { Edit = 5 });

        Assert.True(fromB.IsSaved);
        Assert.Equal(opened.Version + 1, fromB.Version);
        Assert.Equal(SaveStatus.Conflict, fromA.Status);
        Assert.Equal(fromB.Version, fromA.Version);
        var stored = await store.GetDraftAsync();
        Assert.Equal("B's work", stored!.Name);
        Assert.Equal(fromB.Version, stored.Version);

        // A chose to keep its own version: saving over the version it was told about is on purpose.
        var kept = await store.SaveDraftAsync(new WorkingDraft { Name = "A's work", Version = fromA.Version }, tabA with { Edit = 5 });
        Assert.True(kept.IsSaved);
        Assert.Equal("A's work", (await store.GetDraftAsync())!.Name);
    }

    [Fact]
    public async Task Draft_ATabNeverConflictsWithItself_ButAnOlderEditOfItNeverReplacesANewerOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var tab = Guid.NewGuid();
        var first = await store.SaveDraftAsync(new WorkingDraft { EditedText = "Edit four." }, new DraftWriter(tab, 4));

        // The page closed while its save of edit 4 was on the way: the last text arrives knowing only version 0.
        var beacon = await store.SaveDraftTextAsync("Edit six, the last one.", 0, new DraftWriter(tab, 6), new ConsentAsk { Reasons = [AskReason.RememberTakeaways] });
        var late = await store.SaveDraftAsync(new WorkingDraft { EditedText = "Edit five.", Version = first.Version }, new DraftWriter(tab, 5));

        Assert.True(beacon.IsSaved);
        Assert.Equal(SaveStatus.Conflict, late.Status);
        Assert.Equal("Edit six, the last one.", (await store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task DraftText_WithNoDraftYet_KeepsTheTextWithTheGivenChoices_AndTheGeneratedTextCountsAsUnedited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ScriptStore(database, _clock);
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways], Tone = Tone.Warm };
        var generated = ScriptComposer.Compose(ask).Text;

        var saved = await store.SaveDraftTextAsync("Closed the tab right after typing.", 0, new DraftWriter(Guid.NewGuid(), 1), ask);
        var read = await store.GetDraftAsync();
        Assert.True(saved.IsSaved);
        Assert.Equal("Closed the tab right after typing.", read!.EditedText);
        Assert.Equal(Tone.Warm, read.Ask.Tone);

        await store.SaveDraftTextAsync(generated, read.Version, new DraftWriter(Guid.NewGuid(), 1), ask);
        Assert.Null((await store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task Draft_DamagedJson_StartsFreshInsteadOfFailing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            db.ScriptDrafts.Add(new WorkingDraftRow { StateJson = "{ not json", UpdatedAt = Noon });
            await db.SaveChangesAsync();
        }

        Assert.Null(await new ScriptStore(database, _clock).GetDraftAsync());
    }

    [Fact]
    public void AskJson_UnknownValuesFromANewerVersion_FallBackToDefaults()
    {
        var ask = AskJson.Read("""{"format":"Hologram","tone":"Direct","retention":"DeleteAfterDays","retentionDays":9999,"reasons":["Telepathy"]}""");

        Assert.Equal(RecordFormat.ShortRecap, ask.Format);
        Assert.Equal(Tone.Direct, ask.Tone);
        Assert.Equal(RetentionRule.DeleteAfterReview, ask.Retention);
        Assert.Equal(new ConsentAsk().Reasons, ask.Reasons);
    }

    private static SavedScriptInput Input(string name, string text) =>
        new(name, new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }, text, true, [], "");

    private static void AssertSameAsk(ConsentAsk expected, ConsentAsk actual)
    {
        Assert.Equal(expected.Reasons, actual.Reasons);
        Assert.Equal(expected.MemoryContexts, actual.MemoryContexts);
        Assert.Equal(expected with { Reasons = actual.Reasons, MemoryContexts = actual.MemoryContexts }, actual);
    }
}

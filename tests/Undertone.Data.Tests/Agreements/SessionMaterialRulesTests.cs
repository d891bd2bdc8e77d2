namespace Undertone.Data.Tests.Agreements;

public sealed class SessionMaterialRulesTests
{
    [Fact]
    public async Task TherapistSaid_KeepsTheRuleInForceWhenWritten_EvenAfterANewAgreement()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterDays, 14);
        var recapId = await world.RecapAsync("mine", "You can rest");

        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.AgreeAsync(RetentionKind.KeepUntilTherapyEnds);
        var recap = (await world.Journal.Recaps.GetRecapAsync(recapId))!;
        await world.Journal.Recaps.SaveRecapAsync(recapId, Undertone.Domain.Journal.RecapDraft.From(recap) with { TherapistSaid = "You can rest, really" }, recap.Version);

        recap = (await world.Journal.Recaps.GetRecapAsync(recapId))!;
        Assert.Equal(RetentionKind.DeleteAfterDays, recap.TherapistSaidRule);
        Assert.Equal(14, recap.TherapistSaidRuleDays);
        Assert.Equal(MaterialWorld.Start, recap.TherapistSaidSince);
    }

    [Fact]
    public async Task TherapistSaid_EmptiedAndWrittenAgain_GetsTheRuleInForceThen()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterReview);
        var recapId = await world.RecapAsync("mine", "words");
        var recap = (await world.Journal.Recaps.GetRecapAsync(recapId))!;
        await world.Journal.Recaps.SaveRecapAsync(recapId, Undertone.Domain.Journal.RecapDraft.From(recap) with { TherapistSaid = "" }, recap.Version);
        recap = (await world.Journal.Recaps.GetRecapAsync(recapId))!;
        Assert.Null(recap.TherapistSaidRule);
        Assert.Null(recap.TherapistSaidSince);

        await world.AgreeAsync(RetentionKind.KeepUntilTherapyEnds);
        await world.Journal.Recaps.SaveRecapAsync(recapId, Undertone.Domain.Journal.RecapDraft.From(recap) with { TherapistSaid = "new words" }, recap.Version);

        Assert.Equal(RetentionKind.KeepUntilTherapyEnds, (await world.Journal.Recaps.GetRecapAsync(recapId))!.TherapistSaidRule);
    }

    [Theory]
    [InlineData(AgreementAnswer.No)]
    [InlineData(AgreementAnswer.NotNow)]
    public async Task NothingAgreed_MaterialHasNoRule_AndIsNeverDeleted(AgreementAnswer answer)
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterDays, 1, answer);
        var (recapId, noteId) = await world.RecapWithVoiceNoteAsync("mine", "their words", "NOTE");

        world.Clock.Advance(TimeSpan.FromDays(400));
        var counts = await world.Rules.DeleteDueAsync(world.Clock.GetUtcNow());

        Assert.Equal(0, counts.Total);
        Assert.Equal("their words", (await world.Journal.Recaps.GetRecapAsync(recapId))!.TherapistSaid);
        Assert.Null((await world.VoiceNotes.GetAsync(noteId))!.Rule);
    }

    [Fact]
    public async Task AfterDays_RemindsADayBefore_ThenDeletesOnlySessionMaterial_LeavingNoTraceInAnyFile()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterDays, 3);
        var (recapId, noteId) = await world.RecapWithVoiceNoteAsync("Ownreflectionword", "Therapistcanaryword", "Audiocanaryword");

        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await world.Rules.DueSoonAsync(world.Clock.GetUtcNow()));
        Assert.Equal(0, (await world.Rules.DeleteDueAsync(world.Clock.GetUtcNow())).Total);

        world.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var soon = await world.Rules.DueSoonAsync(world.Clock.GetUtcNow());
        Assert.Equal([MaterialKind.TherapistSaid, MaterialKind.VoiceNote], soon.Select(i => i.Kind).Order());
        Assert.All(soon, i => Assert.Equal(MaterialStatus.DueSoon, i.Rule.StatusAt(world.Clock.GetUtcNow())));
        Assert.Equal(0, (await world.Rules.DeleteDueAsync(world.Clock.GetUtcNow())).Total);

        // The clock jumps well past the day (the app was closed): it is deleted at the next run all the same.
        world.Clock.Advance(TimeSpan.FromDays(30));
        var counts = await world.Rules.DeleteDueAsync(world.Clock.GetUtcNow());

        Assert.Equal(new MaterialCounts(1, 1), counts);
        await world.AssertMaterialGoneAsync(recapId, noteId, "Ownreflectionword", "Therapistcanaryword", "Audiocanaryword");
        var recap = (await world.Journal.Recaps.GetRecapAsync(recapId))!;
        Assert.Equal("Ownreflectionword mattered", recap.Takeaways);
        Assert.Equal("Ownreflectionword next", recap.NextSteps);
        Assert.Equal("Ownreflectionword revisit", recap.ToRevisit);
        Assert.Equal("Ownreflectionword feeling", recap.FeelingWords);
        Assert.Equal(["work"], recap.Themes.Select(t => t.Name));
        Assert.Empty(await world.Journal.Search.SearchAsync("Therapistcanaryword"));
        Assert.NotEmpty(DataFolderCanary.FilesHolding(world.Database.Folder, "Ownreflectionword"));
        Assert.Equal(0, (await world.Rules.DeleteDueAsync(world.Clock.GetUtcNow())).Total);
    }

    [Fact]
    public async Task Review_DeletesThatRecapsMaterial_AndUndoPutsItBack()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterReview);
        var (reviewed, noteId) = await world.RecapWithVoiceNoteAsync("mine", "Reviewcanary words", "Reviewaudiocanary");
        var other = await world.RecapAsync("other", "Other words");

        var deleted = await world.Rules.ReviewAsync(reviewed);

        Assert.NotNull(deleted);
        Assert.Equal(new MaterialCounts(1, 1), deleted.Counts);
        await world.AssertMaterialGoneAsync(reviewed, noteId, "mine", "Reviewcanary", "Reviewaudiocanary");
        Assert.Equal("Other words", (await world.Journal.Recaps.GetRecapAsync(other))!.TherapistSaid);

        await world.Rules.UndoReviewAsync(deleted);

        var recap = (await world.Journal.Recaps.GetRecapAsync(reviewed))!;
        Assert.Equal("Reviewcanary words", recap.TherapistSaid);
        Assert.Equal(RetentionKind.DeleteAfterReview, recap.TherapistSaidRule);
        var audio = await world.VoiceNotes.ReadAudioAsync(noteId);
        Assert.Equal([.. MaterialWorld.Audio("Reviewaudiocanary", 0), .. MaterialWorld.Audio("Reviewaudiocanary", 1)], audio!.Data);
        Assert.NotNull(await world.Rules.ReviewAsync(other));
        Assert.Null(await world.Rules.ReviewAsync(other)); // nothing left to delete
    }

    [Fact]
    public async Task TherapyEnds_DeletesOnlyMaterialKeptUntilThen()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterReview);
        var underReview = await world.RecapAsync("one", "review words");
        await world.AgreeAsync(RetentionKind.KeepUntilTherapyEnds);
        var (kept, keptNote) = await world.RecapWithVoiceNoteAsync("two", "Therapyendcanary", "Therapyendaudio");
        Assert.Equal(2, await world.Rules.CountAsync(RetentionKind.KeepUntilTherapyEnds));

        var counts = await world.Rules.EndTherapyAsync();

        Assert.Equal(new MaterialCounts(1, 1), counts);
        await world.AssertMaterialGoneAsync(kept, keptNote, "two", "Therapyendcanary", "Therapyendaudio");
        Assert.Equal("review words", (await world.Journal.Recaps.GetRecapAsync(underReview))!.TherapistSaid);
        Assert.Equal(0, await world.Rules.CountAsync(RetentionKind.KeepUntilTherapyEnds));
    }

    [Fact]
    public async Task CurrentAgreement_IsTheOneAskedMostRecently()
    {
        await using var world = await MaterialWorld.CreateAsync();
        Assert.Null(await world.Rules.CurrentAgreementAsync());
        await world.AgreeAsync(RetentionKind.DeleteAfterReview);
        await world.AgreeAsync(RetentionKind.DeleteAfterDays, 7);

        var current = await world.Rules.CurrentAgreementAsync();

        Assert.Equal("You agreed: short recap, deleted after 7 days", AgreementSummary.OneLine(current!.Agreement));
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(2, await db.ScriptAgreements.CountAsync());
    }
}

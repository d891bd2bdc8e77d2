using Undertone.Data.Tests.Agreements;

namespace Undertone.Web.Tests.Journal;

/// <summary>The recap page keeps the agreement in the loop and runs "deleted after review", with an undo.</summary>
public sealed class RecapAgreementTests : ComponentTestBase
{
    private async Task<(RecapStore Journal, ScriptStore Scripts)> UseStoresAsync()
    {
        var journal = await UseJournalAsync();
        return (journal.Recaps, new ScriptStore(Database, Clock));
    }

    private static async Task AgreeAsync(ScriptStore scripts, RetentionKind retention)
    {
        await RecordedAgreement.SaveAsync(scripts, new AgreementInput
        {
            Answer = AgreementAnswer.YesWithConditions,
            Format = RecordFormat.ShortRecap,
            Storage = StoragePlace.DeviceOnly,
            Retention = retention,
        });
    }

    [Fact]
    public async Task NoAgreement_OffersAGentleLinkToRecordOne()
    {
        await UseStoresAsync();

        var cut = Render<RecapEditPage>();

        cut.WaitForAssertion(() => Assert.Contains("No agreement with your therapist is recorded yet.", cut.Find("[data-testid=agreement-line]").TextContent, StringComparison.Ordinal));
        Assert.Equal("script#saved-heading", cut.Find("[data-testid=agreement-line] a").GetAttribute("href"));
        Assert.Contains("It never deletes your own reflection.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("This is not legal advice.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewed_DeletesTheTherapistsWords_KeepsMine_AndUndoBringsThemBack()
    {
        var (journal, scripts) = await UseStoresAsync();
        await AgreeAsync(scripts, RetentionKind.DeleteAfterReview);
        var saved = await journal.SaveRecapAsync(null, new RecapDraft { SessionDate = scripts.Today, WhatCameUp = "My own words", TherapistSaid = "You can rest now" }, 0);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<RecapEditPage>(p => p.Add(c => c.Id, saved.Id));
        cut.WaitForAssertion(() => Assert.Contains("You agreed, with conditions: short recap, on this device, deleted after review.", cut.Find("[data-testid=agreement-line]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Deleted when you mark this recap as reviewed.", cut.Find("[data-testid=therapist-said-rule]").TextContent.Trim());

        var reviewing = cut.FindAll("button").Single(b => b.TextContent.Trim() == "I've reviewed this").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Your own reflection stays.", dialogs.Markup, StringComparison.Ordinal));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Yes, I've reviewed it").ClickAsync(new());
        await reviewing;

        cut.WaitForAssertion(() => Assert.Contains("Deleted as agreed: “something my therapist said”.", cut.Find("[data-testid=reviewed]").TextContent, StringComparison.Ordinal));
        var recap = (await journal.GetRecapAsync(saved.Id))!;
        Assert.Equal("", recap.TherapistSaid);
        Assert.Equal("My own words", recap.WhatCameUp);
        Assert.DoesNotContain("You can rest now", cut.Markup, StringComparison.Ordinal);

        await cut.Find("[data-testid=reviewed] button").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("You can rest now", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("You can rest now", (await journal.GetRecapAsync(saved.Id))!.TherapistSaid);
        Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == "I've reviewed this");
    }

    [Fact]
    public async Task KeptUntilTherapyEnds_SaysSoOnTheRecap()
    {
        var (journal, scripts) = await UseStoresAsync();
        await AgreeAsync(scripts, RetentionKind.KeepUntilTherapyEnds);
        var saved = await journal.SaveRecapAsync(null, new RecapDraft { SessionDate = scripts.Today, TherapistSaid = "Their words" }, 0);

        var cut = Render<RecapEditPage>(p => p.Add(c => c.Id, saved.Id));

        cut.WaitForAssertion(() => Assert.Equal("Kept until you say therapy has ended (in Settings).", cut.Find("[data-testid=therapist-said-rule]").TextContent.Trim()));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "I've reviewed this");
    }
}

using Undertone.Web.Tests.Export;

namespace Undertone.Web.Tests.Api;

public sealed class ExportApiTests : ApiTestBase
{
    private const string Secret = "Zoë’s “secret” — never in a file name";
    [Fact]
    public async Task Recap_StreamsAPdfAttachmentNamedByDateOnly()
    {
        var id = await SaveAsync(new DateOnly(2026, 11, 20), Secret, therapistSaid: "Their words here.");

        using var response = await Client.GetAsync(new Uri($"/api/export/recaps/{id}.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("undertone-recap-2026-11-20.pdf", disposition.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);

        var pdf = DownloadedPdf.Read(await response.Content.ReadAsByteArrayAsync());
        TextAssert.Says(pdf.Text, Secret);
        TextAssert.DoesNotSay(pdf.Text, "Their words here.");
        Assert.True(string.IsNullOrEmpty(pdf.Author));
    }

    [Fact]
    public async Task Recap_TherapistSaidTickedIn_IsIncluded()
    {
        var id = await SaveAsync(new DateOnly(2026, 11, 20), "Mine.", therapistSaid: "Their words here.");

        var bytes = await Client.GetByteArrayAsync(new Uri($"/api/export/recaps/{id}.pdf?includeTherapistSaid=true", UriKind.Relative));

        TextAssert.Says(DownloadedPdf.Read(bytes).Text, "Their words here.");
    }

    [Fact]
    public async Task Recap_Missing_IsNotFound()
    {
        using var response = await Client.GetAsync(new Uri("/api/export/recaps/999.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Recaps_DateRange_HasOnlyThoseRecapsAndARangeFileName()
    {
        await SaveAsync(new DateOnly(2026, 9, 30), "Before the range.");
        await SaveAsync(new DateOnly(2026, 10, 5), "Inside — first.");
        await SaveAsync(new DateOnly(2026, 10, 19), "Inside — second.");

        using var response = await Client.GetAsync(new Uri("/api/export/recaps.pdf?from=2026-10-01&to=2026-10-31", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("undertone-recaps-2026-10-01-to-2026-10-31.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = DownloadedPdf.Read(await response.Content.ReadAsByteArrayAsync()).Text;
        TextAssert.Says(text, "Inside — first.", "Inside — second.", "1 October 2026 – 31 October 2026");
        TextAssert.DoesNotSay(text, "Before the range.");
    }

    [Fact]
    public async Task Recaps_NoDates_SpansFirstToLatestRecap()
    {
        await SaveAsync(new DateOnly(2026, 3, 2), "Early.");
        await SaveAsync(new DateOnly(2026, 8, 14), "Later.");

        using var response = await Client.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative));

        Assert.Equal("undertone-recaps-2026-03-02-to-2026-08-14.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Recaps_EndBeforeStart_IsAProblemWithAPlainMessage()
    {
        using var response = await Client.GetAsync(new Uri("/api/export/recaps.pdf?from=2026-10-31&to=2026-10-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The end date comes before the start date.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recaps_WithATheme_HoldOnlyItsRecaps_AndAnUnknownThemeIsAProblem()
    {
        await SaveAsync(new DateOnly(2026, 10, 5), "About sleep.", themes: ["sleep"]);
        await SaveAsync(new DateOnly(2026, 10, 12), "About work.", themes: ["work"]);
        var sleep = (await TestJournal.From(Factory.Services).Themes.ListThemesAsync()).Single(t => t.Name == "sleep");

        using var response = await Client.GetAsync(new Uri($"/api/export/recaps.pdf?theme={sleep.Id}", UriKind.Relative));
        using var unknown = await Client.GetAsync(new Uri("/api/export/recaps.pdf?theme=4242", UriKind.Relative));

        var text = DownloadedPdf.Read(await response.Content.ReadAsByteArrayAsync()).Text;
        TextAssert.Says(text, "About sleep.");
        TextAssert.DoesNotSay(text, "About work.");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"theme\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recap_PaperSetting_IsUsedUnlessTheLinkSaysOtherwise()
    {
        var id = await SaveAsync(new DateOnly(2026, 11, 20), "Paper.");
        await Factory.Services.GetRequiredService<SettingsStore>().SetAsync(SettingKeys.PdfPaper, "UsLetter");

        var letter = await Client.GetByteArrayAsync(new Uri($"/api/export/recaps/{id}.pdf", UriKind.Relative));
        var a4 = await Client.GetByteArrayAsync(new Uri($"/api/export/recaps/{id}.pdf?paper=A4", UriKind.Relative));

        Assert.Equal(792, DownloadedPdf.Read(letter).PageHeight, 0);
        Assert.Equal(842, DownloadedPdf.Read(a4).PageHeight, 0);
    }

    [Fact]
    public async Task BringToSession_SheetHasOpenQuestionsAndLastNextSteps()
    {
        var store = TestJournal.From(Factory.Services);
        await store.Questions.AddQuestionAsync("Why do I freeze at “quick questions”?");
        var id = await SaveAsync(new DateOnly(2026, 11, 20), "Came up.");
        var recap = await store.Recaps.GetRecapAsync(id);
        var draft = RecapDraft.From(recap!) with { NextSteps = "Walk after lunch — daily.", TherapistSaid = "Not on the sheet." };
        Assert.True((await store.Recaps.SaveRecapAsync(id, draft, recap!.Version)).IsSaved);

        using var response = await Client.GetAsync(new Uri("/api/export/bring-to-session.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("undertone-bring-to-session-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var text = DownloadedPdf.Read(await response.Content.ReadAsByteArrayAsync()).Text;
        TextAssert.Says(text, "• Why do I freeze at “quick questions”?", "• Walk after lunch — daily.");
        TextAssert.DoesNotSay(text, "Not on the sheet.");
    }

    [Fact]
    public async Task PrivacyPlan_HasTheMessageFollowUpAndAgreement_AndNoUserTextInItsName()
    {
        var scripts = Factory.Services.GetRequiredService<ScriptStore>();
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways], Format = RecordFormat.ShortRecap, TherapistName = "Dr. Zoë" };
        var message = ScriptComposer.Compose(ask).Text + " " + Secret;
        var followUp = FollowUpComposer.Compose(new FollowUpRequest { Alternatives = [FollowUpAlternative.PrivateNote], TherapistName = ask.TherapistName });
        var saved = await scripts.SaveScriptAsync(null, new SavedScriptInput("Before Tuesday", ask, message, true, [FollowUpAlternative.PrivateNote], followUp), 0);
        Assert.True(saved.IsSaved);
        var agreed = await scripts.SaveAgreementAsync(saved.Id, new AgreementInput
        {
            AskedOn = new DateOnly(2026, 11, 20),
            Answer = AgreementAnswer.YesWithConditions,
            Format = RecordFormat.ShortRecap,
            Storage = StoragePlace.DeviceOnly,
            Access = RecordAccess.OnlyMe,
            Retention = RetentionKind.DeleteAfterReview,
            Boundaries = "Not during the first ten minutes.",
        }, expectedVersion: 0);
        Assert.True(agreed.IsSaved);

        using var response = await Client.GetAsync(new Uri($"/api/export/scripts/{saved.Id}/privacy-plan.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.StartsWith("undertone-privacy-plan-", fileName, StringComparison.Ordinal);
        Assert.DoesNotContain("Tuesday", fileName, StringComparison.Ordinal);
        var text = DownloadedPdf.Read(await response.Content.ReadAsByteArrayAsync()).Text;
        TextAssert.Says(text, Secret, "Not during the first ten minutes.");
        Assert.Contains("not legal advice", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("cross-site", HttpStatusCode.Forbidden)]
    [InlineData("same-site", HttpStatusCode.Forbidden)]
    [InlineData("same-origin", HttpStatusCode.OK)]
    [InlineData("none", HttpStatusCode.OK)]
    public async Task Download_StartedByAnotherSite_IsRefused(string fetchSite, HttpStatusCode expected)
    {
        var id = await SaveAsync(new DateOnly(2026, 11, 20), Secret);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/export/recaps/{id}.pdf");
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using var response = await Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BadQuery_IsAProblemDetailsAnswer_NotTheNotFoundPage()
    {
        using var response = await Client.GetAsync(new Uri("/api/export/recaps.pdf?paper=bogus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PrivacyPlan_MissingScript_IsNotFound()
    {
        using var response = await Client.GetAsync(new Uri("/api/export/scripts/4242/privacy-plan.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> SaveAsync(DateOnly date, string whatCameUp, string therapistSaid = "", string[]? themes = null)
    {
        var store = TestJournal.From(Factory.Services);
        var draft = new RecapDraft { SessionDate = date, WhatCameUp = whatCameUp, TherapistSaid = therapistSaid, ThemeNames = themes ?? [] };
        var result = await store.Recaps.SaveRecapAsync(null, draft, 0);
        Assert.True(result.IsSaved);
        return result.Id;
    }
}

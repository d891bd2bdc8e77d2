using Undertone.Web.Accounts;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Two people on one server, proven apart through the Web: B, signed in, uses A's real ids on every route of the
/// JSON API, the PDFs and the pages, and can neither read, list, change nor delete anything of A's — and A's journal
/// is exactly as it was afterwards.
/// </summary>
public sealed class TwoPeopleTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    private const string Secret = "secret-of-a 9d1c quiet harbour";

    [Fact]
    public async Task B_CannotReadListChangeOrDelete_AsRecapsQuestionsThemesOrScripts()
    {
        var (a, personA) = await app.SignedInPersonAsync("a");
        var (b, _) = await app.SignedInPersonAsync("b");
        var recap = await a.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = Secret, takeaways = Secret, themes = new[] { "harbour-9d1c" } });
        Assert.Equal(HttpStatusCode.Created, recap.StatusCode);
        var recapId = (await recap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var question = await a.PostAsJsonAsync("/api/questions", new { text = Secret, sourceRecapId = recapId });
        Assert.Equal(HttpStatusCode.Created, question.StatusCode);
        var questionId = (await question.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var scriptId = await SaveScriptAsAsync(personA);

        // B reads and lists.
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/recaps/{recapId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/questions/{questionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/export/recaps/{recapId}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/export/scripts/{scriptId}/privacy-plan.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/recaps/{recapId}/voice-notes")).StatusCode);
        Assert.DoesNotContain("9d1c", await b.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
        Assert.DoesNotContain("9d1c", await b.GetStringAsync("/api/questions"), StringComparison.Ordinal);

        // B's pages, with A's ids (prerendered, as a browser first sees them).
        foreach (var page in new[] { $"/journal/{recapId}", "/journal", "/journal/themes", "/questions", "/patterns", "/prep", $"/script?saved={scriptId}", "/" })
        {
            var html = await b.GetStringAsync(page);
            Assert.DoesNotContain("9d1c", html, StringComparison.Ordinal);
        }

        // B changes and deletes.
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(b, HttpMethod.Put, $"/api/recaps/{recapId}", new { sessionDate = "2026-11-21", whatCameUp = "taken over" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(b, HttpMethod.Put, $"/api/questions/{questionId}", new { text = "taken over", status = "open" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync($"/api/questions/{questionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync($"/api/recaps/{recapId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/recaps/{recapId}/voice-notes", new { contentType = "audio/webm;codecs=opus" })).StatusCode);

        // A's journal is untouched.
        var mine = await a.GetFromJsonAsync<JsonElement>($"/api/recaps/{recapId}");
        Assert.Equal(Secret, mine.GetProperty("whatCameUp").GetString());
        Assert.Equal(1, mine.GetProperty("version").GetInt64());
        Assert.Equal(["harbour-9d1c"], mine.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        var myQuestion = await a.GetFromJsonAsync<JsonElement>($"/api/questions/{questionId}");
        Assert.Equal(Secret, myQuestion.GetProperty("text").GetString());
        Assert.Contains("9d1c", await a.GetStringAsync($"/journal/{recapId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/export/scripts/{scriptId}/privacy-plan.pdf")).StatusCode);
    }

    [Fact]
    public async Task B_SavingARecap_DoesNotShowUpForA()
    {
        var (a, _) = await app.SignedInPersonAsync("a");
        var (b, _) = await app.SignedInPersonAsync("b");

        Assert.Equal(HttpStatusCode.Created, (await b.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-22", whatCameUp = "b-only 51e0" })).StatusCode);

        Assert.DoesNotContain("51e0", await a.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
        Assert.Contains("51e0", await b.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsOnlyTheSignedInPersonsWords()
    {
        var (a, _) = await app.SignedInPersonAsync("a");
        var (b, _) = await app.SignedInPersonAsync("b");
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "A's lantern-4c2e by the café" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await b.PostAsJsonAsync("/api/questions", new { text = "B's own lantern question" })).StatusCode);

        // The search page, prerendered as a browser first sees it, for each person.
        var aPage = WebUtility.HtmlDecode(await a.GetStringAsync("/search?q=lantern%20cafe"));
        var bPage = WebUtility.HtmlDecode(await b.GetStringAsync("/search?q=lantern"));
        var bLooksForA = WebUtility.HtmlDecode(await b.GetStringAsync("/search?q=4c2e"));

        Assert.Equal(["A's <mark>lantern</mark>-4c2e by the <mark>café</mark>"], Snippets(aPage));
        Assert.Contains("1 match.", aPage, StringComparison.Ordinal);
        Assert.Equal(["B's own <mark>lantern</mark> question"], Snippets(bPage));
        Assert.DoesNotContain("4c2e", bPage, StringComparison.Ordinal);
        Assert.Contains("Nothing found.", bLooksForA, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", bLooksForA, StringComparison.Ordinal);
    }

    /// <summary>The search results' snippets in a page, as HTML without Blazor's comment markers and scoped-CSS attributes.</summary>
    private static string[] Snippets(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"snippet\"[^>]*>(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<!--.*?-->| b-[a-z0-9]+", "").Trim())];

    [Fact]
    public async Task LocalOnlyFeatures_SayCalmlyTheyAreNotHereYet()
    {
        var (a, _) = await app.SignedInPersonAsync("a");

        Assert.Contains("Export, import and delete everything isn't available on a shared Undertone server yet", WebUtility.HtmlDecode(await a.GetStringAsync("/settings/data")), StringComparison.Ordinal);
        var export = await a.GetAsync("/api/data/export");
        Assert.Equal(HttpStatusCode.NotImplemented, export.StatusCode);
        Assert.Equal("application/problem+json", export.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A saved script of <paramref name="person"/>'s, saved through the store as the pages save it.</summary>
    private async Task<int> SaveScriptAsAsync(Guid person)
    {
        SignedInPerson.Set(person);
        try
        {
            var scripts = app.Services.GetRequiredService<ScriptStore>();
            var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
            var saved = await scripts.SaveScriptAsync(null, new SavedScriptInput("9d1c ask", ask, "Could I keep a recap? 9d1c", true, [], ""), 0);
            Assert.True(saved.IsSaved);
            return saved.Id;
        }
        finally
        {
            SignedInPerson.Set(null);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        return client.SendAsync(request);
    }
}

using System.Text.Json.Nodes;
using Undertone.Web.Tests.Export;

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
        var (a, b) = await TwoPeopleAsync();

        await PostCreatedAsync(b, "/api/recaps", new { sessionDate = "2026-11-22", whatCameUp = "b-only 51e0" });

        Assert.DoesNotContain("51e0", await a.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
        Assert.Contains("51e0", await b.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ExportsOnlyTheirOwnJournal_AndImportingBsRealIds_LeavesBsAsItWas()
    {
        const string canary = "b-canary 4a7e lantern";
        var (a, b) = await TwoPeopleAsync();
        await PostCreatedAsync(a, "/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "A's own words", therapistSaid = "A's therapist" });
        var bRecap = await b.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = canary, therapistSaid = canary, themes = new[] { canary } });
        var bRecapId = (await bRecap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var bQuestion = await b.PostAsJsonAsync("/api/questions", new { text = canary, sourceRecapId = bRecapId });
        var bQuestionId = (await bQuestion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var bBefore = (await b.GetStringAsync($"/api/recaps/{bRecapId}"), await b.GetStringAsync($"/api/questions/{bQuestionId}"), await b.GetStringAsync("/api/recaps"), await b.GetStringAsync("/api/questions"));

        // A's export, every format: the ZIP's JSON and Markdown (therapist's words included), and the recaps PDF.
        using var export = await a.GetAsync("/api/data/export?includeTherapistSaid=true");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        var zip = await export.Content.ReadAsByteArrayAsync();
        string json;
        using (var archive = new ZipArchive(new MemoryStream(zip)))
        {
            foreach (var entry in archive.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                Assert.DoesNotContain("4a7e", await reader.ReadToEndAsync(), StringComparison.Ordinal);
            }

            using var jsonReader = new StreamReader(archive.GetEntry("undertone.json")!.Open(), Encoding.UTF8);
            json = await jsonReader.ReadToEndAsync();
        }

        Assert.Contains("A's own words", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4a7e", DownloadedPdf.Read(await a.GetByteArrayAsync("/api/export/recaps.pdf?includeTherapistSaid=true")).Text, StringComparison.Ordinal);

        // A's file, new words, its recap carrying B's recap id and its question B's question id (and B's recap as its source).
        var attack = JsonNode.Parse(json)!;
        attack["recaps"]![0]!["id"] = bRecapId;
        attack["recaps"]![0]!["whatCameUp"] = "A's imported words";
        attack["questions"] = new JsonArray(new JsonObject { ["id"] = bQuestionId, ["text"] = "A's imported question", ["status"] = "open", ["sourceRecapId"] = bRecapId });
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(attack.ToJsonString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var preview = await a.PostAsync("/api/data/import?mode=merge&dryRun=true", file);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(0, (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sideBySide").GetInt32()); // B's ids mean nothing to A
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/api/data/import?mode=merge", file)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/api/data/import?mode=replace&confirm=replace%20everything", file)).StatusCode);

        Assert.Equal(bBefore, (await b.GetStringAsync($"/api/recaps/{bRecapId}"), await b.GetStringAsync($"/api/questions/{bQuestionId}"), await b.GetStringAsync("/api/recaps"), await b.GetStringAsync("/api/questions")));
        var mine = await a.GetFromJsonAsync<JsonElement>("/api/recaps");
        var recap = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal("A's imported words", recap.GetProperty("whatCameUp").GetString());
        Assert.NotEqual(bRecapId, recap.GetProperty("id").GetInt32());
        Assert.Contains("A's imported question", await a.GetStringAsync("/api/questions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsOnlyTheSignedInPersonsWords()
    {
        var (a, b) = await TwoPeopleAsync();
        await PostCreatedAsync(a, "/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "A's lantern-4c2e by the café" });
        await PostCreatedAsync(b, "/api/questions", new { text = "B's own lantern question" });

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
    public async Task DeleteEverything_DeletesOnlyTheSignedInPersonsJournal()
    {
        var (a, b) = await TwoPeopleAsync();
        await PostCreatedAsync(a, "/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "A's words 5e1b" });
        await PostCreatedAsync(a, "/api/questions", new { text = "A's question 5e1b" });
        await PostCreatedAsync(b, "/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "B's words 7c3d" });
        var bBefore = (await b.GetStringAsync("/api/recaps"), await b.GetStringAsync("/api/questions"));

        var data = System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(await a.GetStringAsync("/settings/data")), @"\s+", " ");
        Assert.Contains("To confirm, type: delete everything", data, StringComparison.Ordinal); // offered on a shared server too
        Assert.Contains("Your account stays, and so does everyone else's journal.", data, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account\" target=\"_top\"", data, StringComparison.Ordinal); // a full page load: /account is not a Blazor page
        Assert.Equal(HttpStatusCode.NoContent, (await a.PostAsJsonAsync("/api/data/wipe", new { confirm = "delete everything" })).StatusCode);

        Assert.Equal(0, (await a.GetFromJsonAsync<JsonElement>("/api/recaps")).GetProperty("total").GetInt32());
        Assert.DoesNotContain("5e1b", await a.GetStringAsync("/api/questions"), StringComparison.Ordinal);
        Assert.Equal(bBefore, (await b.GetStringAsync("/api/recaps"), await b.GetStringAsync("/api/questions")));
        Assert.Contains("The passphrase lock isn't available on a shared Undertone server yet", WebUtility.HtmlDecode(await a.GetStringAsync("/settings")), StringComparison.Ordinal);
    }

    /// <summary>Two new people, each signed in in a browser of their own.</summary>
    private async Task<(HttpClient A, HttpClient B)> TwoPeopleAsync() =>
        ((await app.SignedInPersonAsync("a")).Client, (await app.SignedInPersonAsync("b")).Client);

    /// <summary>Posts <paramref name="body"/> as JSON and checks that it made something new (201).</summary>
    private static async Task PostCreatedAsync(HttpClient client, string path, object body) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(path, body)).StatusCode);

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

namespace Undertone.Web.Tests.Api;

public sealed class JournalApiTests : ApiTestBase
{
    [Fact]
    public async Task PostRecap_Answers201WithTheItemItsETagAndExactlyTheDomainNames()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/recaps", """
            {"sessionDate": "2026-11-20", "label": "Session 12", "whatCameUp": "Boundaries", "feeling": 4, "therapistSaid": "Rest counts.", "themes": ["Work", "sleep"]}
            """);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "sessionDate", "label", "whatCameUp", "takeaways", "nextSteps", "toRevisit", "feeling", "feelingWords", "therapistSaid", "themes", "version"], names);
        Assert.Equal($"/api/recaps/{json.RootElement.GetProperty("id").GetInt32()}", response.Headers.Location?.ToString());
        Assert.Equal(["sleep", "Work"], json.RootElement.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task PutRecap_WithAStaleVersion_Gets412AndNothingIsOverwritten()
    {
        var (id, etag) = await CreateRecapAsync("First words");
        using (var first = await SendAsync(HttpMethod.Put, $"/api/recaps/{id}", """{"sessionDate": "2026-11-20", "whatCameUp": "Second words"}""", etag))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        }

        using var stale = await SendAsync(HttpMethod.Put, $"/api/recaps/{id}", """{"sessionDate": "2026-11-20", "whatCameUp": "Old tab words"}""", etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Contains("If-Match", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var current = await Client.GetAsync(new Uri($"/api/recaps/{id}", UriKind.Relative));
        Assert.Contains("Second words", await current.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task PutRecap_WithoutIfMatch_Gets428()
    {
        var (id, _) = await CreateRecapAsync("Words");

        using var response = await SendAsync(HttpMethod.Put, $"/api/recaps/{id}", """{"sessionDate": "2026-11-20", "whatCameUp": "Other"}""");

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostRecap_OverTheLimit_Gets400NamingTheFieldWithoutEchoingIt()
    {
        var longText = new string('q', 10_001);
        using var response = await SendAsync(HttpMethod.Post, "/api/recaps", $$"""{"sessionDate": "2026-11-20", "takeaways": "{{longText}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"takeaways\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("qqqq", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRecaps_AnswersItemsPageAndTotal_FilteredByTheme()
    {
        await CreateRecapAsync("One", "Work");
        await CreateRecapAsync("Two", "Sleep");
        await CreateRecapAsync("Three", "work");

        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/recaps?theme=WORK&page=1", UriKind.Relative)));

        Assert.Equal(["items", "page", "total"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["Three", "One"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("whatCameUp").GetString()));
    }

    [Fact]
    public async Task Questions_CreateUpdateWithETag_StaleGets412_DeleteThenGone()
    {
        using var created = await SendAsync(HttpMethod.Post, "/api/questions", """{"text": "Can we talk about the holidays?"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal(["id", "text", "status", "answerNote", "sourceRecapId", "version"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("open", json.RootElement.GetProperty("status").GetString());
        var id = json.RootElement.GetProperty("id").GetInt32();
        var etag = created.Headers.ETag!.Tag;

        using var resolved = await SendAsync(HttpMethod.Put, $"/api/questions/{id}", """{"text": "Can we talk about the holidays?", "status": "resolved", "answerNote": "Yes"}""", etag);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        using var stale = await SendAsync(HttpMethod.Put, $"/api/questions/{id}", """{"text": "Changed", "status": "open", "answerNote": ""}""", etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        using var deleted = await SendAsync(HttpMethod.Delete, $"/api/questions/{id}", null);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await Client.GetAsync(new Uri($"/api/questions/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheJournalAndDataRoutes()
    {
        var document = await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/recaps", "/api/recaps/{id}", "/api/questions", "/api/questions/{id}", "/api/data/export", "/api/data/import", "/api/data/wipe" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    private async Task<(int Id, string ETag)> CreateRecapAsync(string text, string? theme = null)
    {
        var themes = theme is null ? "[]" : $"[\"{theme}\"]";
        using var response = await SendAsync(HttpMethod.Post, "/api/recaps", $$"""{"sessionDate": "2026-11-20", "whatCameUp": "{{text}}", "themes": {{themes}}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("id").GetInt32(), response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await Client.SendAsync(request);
    }
}

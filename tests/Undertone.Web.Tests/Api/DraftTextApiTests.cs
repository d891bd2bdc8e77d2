using System.Text.Json.Nodes;

namespace Undertone.Web.Tests.Api;

/// <summary>
/// POST /api/scripts/draft/text: the builder's last edit, sent as the page closes. Each test has its own app and data
/// folder, since they all write the one working draft.
/// </summary>
public sealed class DraftTextApiTests : ApiTestBase
{
    private const string Path = "/api/scripts/draft/text";
    private ScriptStore Store => Factory.Services.GetRequiredService<ScriptStore>();

    private static string Body(string text, long version, Guid tab, long edit = 1) =>
        JsonSerializer.Serialize(new { text, version, tab, edit });

    private static string GoodBodyWith(string property, string? json)
    {
        var body = JsonNode.Parse("""{"text":"a","version":0,"tab":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","edit":1}""")!.AsObject();
        body.Remove(property);
        if (json is not null)
        {
            body[property] = JsonNode.Parse(json);
        }

        return body.ToJsonString();
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        headers?.Invoke(request);
        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task LastEdit_IsKeptInTheWorkingDraft_With204()
    {
        using var response = await PostAsync(Body("Typed right before closing.", 0, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Typed right before closing.", (await Store.GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task FromAnOlderVersion_WhileAnotherTabSaved_Is409ProblemDetails_AndTheDraftStays()
    {
        var other = await Store.SaveDraftAsync(new WorkingDraft { Name = "the other tab" }, new DraftWriter(Guid.NewGuid(), 1));
        await Store.SaveDraftAsync(new WorkingDraft { Name = "the other tab", EditedText = "The other tab's words.", Version = other.Version }, new DraftWriter(Guid.NewGuid(), 2));

        using var response = await PostAsync(Body("Stale words.", other.Version, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The other tab's words.", (await Store.GetDraftAsync())!.EditedText);
    }

    /// <summary>A good body with one property changed to the JSON <paramref name="value"/> (left out when null); "body" replaces the whole body.</summary>
    [Theory]
    [InlineData("text", null, "text")]
    [InlineData("version", "-1", "version")]
    [InlineData("tab", "\"00000000-0000-0000-0000-000000000000\"", "tab")]
    [InlineData("tab", "\"not a guid\"", "tab")]
    [InlineData("edit", null, "edit")]
    [InlineData("text", "\"a\\u0000b\"", "text")]
    [InlineData("more", "1", "more")]
    [InlineData("body", "not json", "body")]
    public async Task BadInput_Is400ProblemDetailsNamingTheField_AndNothingIsKept(string property, string? value, string field)
    {
        using var response = await PostAsync(property == "body" ? value! : GoodBodyWith(property, value));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.Null(await Store.GetDraftAsync());
    }

    [Fact]
    public async Task TooLongText_Is400_AndNotRepeatedInTheAnswer()
    {
        var tooLong = "canary-" + new string('x', MessageLimit);

        using var response = await PostAsync(Body(tooLong, 0, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("canary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Store.GetDraftAsync());
    }

    private static int MessageLimit => Domain.Consent.MessageCheck.MaxTextLength;

    [Fact]
    public async Task AnotherSite_PostingAsAFormOrWithItsOrigin_IsRefused_AndTheDraftIsUntouched()
    {
        var body = Body("Written by another site.", 0, Guid.NewGuid());

        // A form or a simple cross-site request can only send these types (no preflight): refused as not JSON.
        using var asForm = await PostAsync(body, "text/plain");
        using var fromOrigin = await PostAsync(body, headers: r => r.Headers.Add("Origin", "https://evil.example"));
        using var crossSite = await PostAsync(body, headers: r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));

        Assert.Equal(HttpStatusCode.BadRequest, asForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal("application/problem+json", fromOrigin.Content.Headers.ContentType?.MediaType);
        Assert.Null(await Store.GetDraftAsync());
    }

    [Fact]
    public async Task TheTextSent_NeverReachesTheLog()
    {
        const string canary = "canary-7f3a private words";
        using (var kept = await PostAsync(Body(canary, 0, Guid.NewGuid())))
        {
            Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        }

        using (var conflict = await PostAsync(Body(canary, 0, Guid.NewGuid())))
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        }

        // The request line is written just after the answer is sent: wait for it, then read everything logged.
        var text = await LogText.WaitForAsync(Factory.DataDirectory, "responded 409");
        Assert.Contains(Path, text, StringComparison.Ordinal); // the requests were logged, by path only
        Assert.DoesNotContain("canary", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpoint()
    {
        using var response = await Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var post = json.RootElement.GetProperty("paths").GetProperty(Path).GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var answers = post.GetProperty("responses");
        foreach (var status in new[] { "204", "400", "403", "409", "503" })
        {
            Assert.True(answers.TryGetProperty(status, out _), $"no {status} in {answers}");
        }
    }
}

namespace Undertone.Web.Tests.Api;

/// <summary>The voice note routes as the recorder uses them, and as somebody else would try them.</summary>
public sealed class VoiceNotesApiTests : ApiTestBase
{
    private static readonly byte[] Audio = [.. "Voiceapicanary"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)i)];

    private async Task<int> RecapAsync()
    {
        using var response = await Client.PostAsync(new Uri("/api/recaps", UriKind.Relative),
            new StringContent("""{"sessionDate": "2026-11-20", "whatCameUp": "Mine"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    private async Task<int> RecordAsync(int recapId)
    {
        using var start = await Client.PostAsync(new Uri($"/api/recaps/{recapId}/voice-notes", UriKind.Relative),
            new StringContent("""{"contentType": "audio/webm;codecs=opus"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await Chunk(id, 0, Audio[..3000], 1000)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Chunk(id, 1, Audio[3000..], 2000)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync(new Uri($"/api/voice-notes/{id}/finish?durationMs=2000", UriKind.Relative), null)).StatusCode);
        return id;
    }

    private Task<HttpResponseMessage> Chunk(int id, int sequence, byte[] data, long durationMs, HttpClient? client = null)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return (client ?? Client).PostAsync(new Uri($"/api/voice-notes/{id}/chunks?sequence={sequence}&durationMs={durationMs}", UriKind.Relative), content);
    }

    [Fact]
    public async Task Audio_IsServedWhole_OrByRange_NeverCached()
    {
        var recapId = await RecapAsync();
        var id = await RecordAsync(recapId);

        using var whole = await Client.GetAsync(new Uri($"/api/voice-notes/{id}/audio", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/webm", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Audio, await whole.Content.ReadAsByteArrayAsync());
        Assert.True(whole.Headers.CacheControl?.NoStore);
        Assert.Contains("bytes", whole.Headers.AcceptRanges);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/voice-notes/{id}/audio", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(2990, 3009);
        using var part = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(Audio[2990..3010], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 2990-3009/{Audio.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.True(part.Headers.CacheControl?.NoStore);

        using var list = await Client.GetAsync(new Uri($"/api/recaps/{recapId}/voice-notes", UriKind.Relative));
        var note = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal(2000, note.GetProperty("durationMs").GetInt64());
        Assert.Equal("Voice note", note.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Rename_ThenDelete_TheAudioLeavesEveryFile()
    {
        var id = await RecordAsync(await RecapAsync());

        using var rename = await Client.PutAsync(new Uri($"/api/voice-notes/{id}/name", UriKind.Relative),
            new StringContent("""{"name": "After session 3"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync(new Uri($"/api/voice-notes/{id}", UriKind.Relative))).StatusCode);

        using var gone = await Client.GetAsync(new Uri($"/api/voice-notes/{id}/audio", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        Assert.Empty(DataFolderCanary.FilesHolding(Factory.DataDirectory, "Voiceapicanary"));
    }

    [Fact]
    public async Task Mistakes_AreProblemDetails_NamingTheField()
    {
        var recapId = await RecapAsync();
        using var wrongType = await Client.PostAsync(new Uri($"/api/recaps/{recapId}/voice-notes", UriKind.Relative),
            new StringContent("""{"contentType": "text/html"}""", Encoding.UTF8, "application/json"));
        using var noRecap = await Client.PostAsync(new Uri("/api/recaps/9999/voice-notes", UriKind.Relative),
            new StringContent("""{"contentType": "audio/ogg"}""", Encoding.UTF8, "application/json"));
        using var noSequence = await Client.PostAsync(new Uri("/api/voice-notes/1/chunks?durationMs=5", UriKind.Relative), new ByteArrayContent([1]));
        using var noNote = await Chunk(9999, 0, [1], 10);
        using var finished = await Chunk(await RecordAsync(recapId), 5, [1], 10);

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("contentType", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noRecap.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSequence.StatusCode);
        Assert.Contains("sequence", await noSequence.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noNote.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, finished.StatusCode); // finished: nothing more is added
        foreach (var response in new[] { wrongType, noRecap, noSequence, noNote, finished })
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task SomebodyElse_CannotStartSendOrPlay()
    {
        var recapId = await RecapAsync();
        var id = await RecordAsync(recapId);
        using var anonymous = Factory.CreateAnonymousClient();

        using var play = await anonymous.GetAsync(new Uri($"/api/voice-notes/{id}/audio", UriKind.Relative));
        using var send = await Chunk(id, 9, [1, 2, 3], 100, anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, play.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, send.StatusCode);

        // A page on another site, in the person's own signed-in browser.
        using var foreignPost = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/recaps/{recapId}/voice-notes", UriKind.Relative))
        {
            Content = new StringContent("""{"contentType": "audio/webm"}""", Encoding.UTF8, "application/json"),
        };
        foreignPost.Headers.Add("Origin", "https://evil.example");
        using var refusedPost = await Client.SendAsync(foreignPost);
        using var foreignGet = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/voice-notes/{id}/audio", UriKind.Relative));
        foreignGet.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var refusedGet = await Client.SendAsync(foreignGet);

        Assert.Equal(HttpStatusCode.Forbidden, refusedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedGet.StatusCode);
        Assert.Equal("application/problem+json", refusedGet.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Voiceapicanary", await refusedGet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryVoiceNoteRoute()
    {
        var document = await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var route in new[] { "/api/recaps/{recapId}/voice-notes", "/api/voice-notes/{id}/chunks", "/api/voice-notes/{id}/finish", "/api/voice-notes/{id}/audio", "/api/voice-notes/{id}/name", "/api/voice-notes/{id}" })
        {
            Assert.Contains($"\"{route}\"", document, StringComparison.Ordinal);
        }
    }
}

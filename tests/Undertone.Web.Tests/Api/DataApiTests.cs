namespace Undertone.Web.Tests.Api;

public sealed class DataApiTests : ApiTestBase
{
    private const string Canary = "Okapicanary";
    [Fact]
    public async Task Export_StreamsAZipNamedByDateOnly_WithTheJsonTheMarkdownAndAReadMe()
    {
        await PostRecapAsync($"{Canary} words", label: $"{Canary} label");

        using var response = await Client.GetAsync(new Uri("/api/data/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches(@"^undertone-export-\d{4}-\d{2}-\d{2}\.zip$", fileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Contains("undertone.json", zip.Entries.Select(e => e.FullName));
        Assert.Contains("README.md", zip.Entries.Select(e => e.FullName));
        Assert.Contains($"recaps/2026-11-20 {Canary} label.md", zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task Import_ExportedZipIntoAnEmptyJournal_BringsItAllBack()
    {
        await PostRecapAsync("Bring me back");
        var zip = await Client.GetByteArrayAsync(new Uri("/api/data/export", UriKind.Relative));
        await WipeAsync("delete everything");

        using var preview = await PostFileAsync("/api/data/import?mode=replace&dryRun=true", zip, "application/zip");
        using var applied = await PostFileAsync("/api/data/import?mode=replace&confirm=replace%20everything", zip, "application/zip");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await AssertBroughtBackAsync(applied, "Bring me back");
    }

    [Fact]
    public async Task Import_ExportedZipAsAFormUpload_BringsItAllBack()
    {
        await PostRecapAsync("Bring me back by form");
        var zip = await Client.GetByteArrayAsync(new Uri("/api/data/export", UriKind.Relative));
        await WipeAsync("delete everything");

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", "undertone-export-2026-12-01.zip");
        using var applied = await Client.PostAsync(new Uri("/api/data/import?mode=replace&confirm=replace%20everything", UriKind.Relative), form);

        await AssertBroughtBackAsync(applied, "Bring me back by form");
    }

    [Fact]
    public async Task OpenApi_Import_AcceptsAFormUploadAZipAndJson()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var content = document.RootElement.GetProperty("paths").GetProperty("/api/data/import").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content");

        Assert.Equal(
            "application/json,application/zip,multipart/form-data",
            string.Join(',', content.EnumerateObject().Select(type => type.Name).Order(StringComparer.Ordinal)));
        var form = content.GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("object", form.GetProperty("type").GetString());
        Assert.Equal(["file"], form.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        var file = form.GetProperty("properties").GetProperty("file");
        Assert.Equal(("string", "binary"), (file.GetProperty("type").GetString(), file.GetProperty("format").GetString()));
        foreach (var raw in new[] { "application/zip", "application/json" })
        {
            var body = content.GetProperty(raw).GetProperty("schema");
            Assert.Equal(("string", "binary"), (body.GetProperty("type").GetString(), body.GetProperty("format").GetString()));
        }
    }

    [Fact]
    public async Task Import_Replace_WithoutTheTypedConfirmation_IsRefused()
    {
        await PostRecapAsync("Keep me");
        var zip = await Client.GetByteArrayAsync(new Uri("/api/data/export", UriKind.Relative));

        using var response = await PostFileAsync("/api/data/import?mode=replace", zip, "application/zip");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"confirm\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ABadFile_Is400ProblemDetailsNamingFileItemAndField_AndNothingChanges()
    {
        await PostRecapAsync("Keep me");
        var before = await Client.GetStringAsync(new Uri("/api/recaps", UriKind.Relative));
        var json = $$"""{"format": "undertone-export", "version": 1, "exportedAt": "2026-11-24T12:00:00Z", "recaps": [{"id": 1, "sessionDate": "2026-11-20", "feeling": 9, "whatCameUp": "{{Canary}}"}]}""";

        using var response = await PostFileAsync("/api/data/import?mode=replace&confirm=replace%20everything", Encoding.UTF8.GetBytes(json), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("recaps[0]", body, StringComparison.Ordinal);
        Assert.Contains("feeling", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        Assert.Equal(before, await Client.GetStringAsync(new Uri("/api/recaps", UriKind.Relative)));
    }

    [Fact]
    public async Task Wipe_WithoutTheExactPhrase_Is400AndDeletesNothing()
    {
        await PostRecapAsync("Keep me");

        using var response = await WipeAsync("delete");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Keep me", await Client.GetStringAsync(new Uri("/api/recaps", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wipe_LeavesNoJournalTextInAnyFileOfTheDataFolder_LogsAndKeysIncluded_AndTheAppStillWorks()
    {
        await PostRecapAsync($"{Canary} in the recap", label: $"{Canary} label", theme: $"{Canary}theme");
        using (var question = await Client.PostAsync(new Uri("/api/questions", UriKind.Relative), new StringContent($$"""{"text": "{{Canary}} question?"}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, question.StatusCode);
        }

        await Client.GetByteArrayAsync(new Uri($"/api/recaps?theme={Canary}theme", UriKind.Relative));
        Assert.NotEmpty(DataFolderCanary.FilesHolding(Factory.DataDirectory, Canary));

        using var response = await WipeAsync("delete everything");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(DataFolderCanary.FilesHolding(Factory.DataDirectory, Canary));
        Assert.Contains(Directory.EnumerateFiles(Factory.DataDirectory, "*", SearchOption.AllDirectories), f => f.Contains("logs", StringComparison.Ordinal));
        Assert.Contains("\"total\":0", await Client.GetStringAsync(new Uri("/api/recaps", UriKind.Relative)), StringComparison.Ordinal);
        await PostRecapAsync("After the wipe");
    }

    [Fact]
    public async Task DataRoutes_RefuseRequestsStartedByAnotherSite()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/data/wipe", UriKind.Relative))
        {
            Content = new StringContent("""{"confirm": "delete everything"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_WithTheLinkOfAnOpenPage_TellsThatPageHowFarItHasGot()
    {
        await PostRecapAsync("One");
        await PostRecapAsync("Two");
        var watchers = Factory.Services.GetRequiredService<ExportProgress>();
        var seen = new List<DataProgress>();
        var id = watchers.Watch(new Collect(seen));

        using var response = await Client.GetAsync(new Uri($"/api/data/export?progress={id:N}", UriKind.Relative));
        using var unknown = await Client.GetAsync(new Uri($"/api/data/export?progress={Guid.NewGuid():N}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode); // someone else's (or a stale) id changes nothing
        Assert.Equal(new DataProgress(DataStep.WritingJson, 0, 2), seen[0]);
        Assert.Contains(new DataProgress(DataStep.WritingMarkdown, 2, 2), seen);
        Assert.Equal(new DataProgress(DataStep.Finished, 2, 2), seen[^1]);
        var count = seen.Count;

        watchers.Forget(id);
        using var afterForget = await Client.GetAsync(new Uri($"/api/data/export?progress={id:N}", UriKind.Relative));
        Assert.Equal(count, seen.Count);
    }

    private sealed class Collect(List<DataProgress> seen) : IProgress<DataProgress>
    {
        public void Report(DataProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }

    /// <summary>The import was applied, brought back the one recap, and its text is in the journal again.</summary>
    private async Task AssertBroughtBackAsync(HttpResponseMessage applied, string recapText)
    {
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        using var json = JsonDocument.Parse(await applied.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("applied").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("recaps").GetInt32());
        Assert.Contains(recapText, await Client.GetStringAsync(new Uri("/api/recaps", UriKind.Relative)), StringComparison.Ordinal);
    }

    private async Task PostRecapAsync(string text, string label = "", string? theme = null)
    {
        var themes = theme is null ? "[]" : $"[\"{theme}\"]";
        using var response = await Client.PostAsync(
            new Uri("/api/recaps", UriKind.Relative),
            new StringContent($$"""{"sessionDate": "2026-11-20", "label": "{{label}}", "whatCameUp": "{{text}}", "themes": {{themes}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private Task<HttpResponseMessage> WipeAsync(string confirm) =>
        Client.PostAsync(new Uri("/api/data/wipe", UriKind.Relative), new StringContent(JsonSerializer.Serialize(new { confirm }), Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PostFileAsync(string path, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}

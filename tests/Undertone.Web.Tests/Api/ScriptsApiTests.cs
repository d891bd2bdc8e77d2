namespace Undertone.Web.Tests.Api;

public sealed class ScriptsApiTests(UndertoneWebFactory factory) : IClassFixture<UndertoneWebFactory>, IAsyncLifetime
{
    private const string ValidCompose = """
        {
          "reasons": ["rememberTakeaways", "noticePatterns"],
          "customReason": "by evening it is a blur",
          "memoryContext": ["adhd"],
          "format": "shortRecap",
          "storage": "deviceOnly",
          "access": "meAndSomeone",
          "accessPerson": "my partner Alex",
          "retention": "deleteAfterDays",
          "retentionDays": 30,
          "use": "personalOnly",
          "noIsOkay": true,
          "openToAlternatives": true,
          "tone": "warm",
          "length": "standard",
          "delivery": "written",
          "therapistName": "Dr. Lee",
          "userName": "Sam"
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The meaning model loads in the background once the app has started; these tests check with it, so they wait for it.</summary>
    public Task InitializeAsync() => factory.Services.GetRequiredService<Undertone.Web.Consent.MeaningModelHost>().LoadAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Check_OnceTheModelHasLoaded_FindsWhatNoRuleWords()
    {
        const string text = "Hi,\n\nNobody needs to know I have my phone recording.";
        using var response = await _client.PostAsJsonAsync(new Uri("/api/scripts/check", UriKind.Relative), new { text, length = "short" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var secret = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "secretRecording");

        Assert.Equal("Nobody needs to know I have my phone recording.", text.Substring(secret.GetProperty("start").GetInt32(), secret.GetProperty("length").GetInt32()));
        Assert.Equal("I would only record our sessions with your agreement, and I'll respect your answer.", secret.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Compose_ValidAsk_ReturnsTextSubjectWordCountAndFivePartsInCamelCase()
    {
        using var response = await PostAsync("/api/scripts/compose", ValidCompose);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Hi Dr. Lee,", text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("subject").GetString()));
        Assert.True(root.GetProperty("wordCount").GetInt32() > 40);
        var parts = root.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(["reason", "format", "privacy", "use", "room"], parts.Select(p => p.GetProperty("part").GetString()));
        Assert.All(parts, p => Assert.Contains(p.GetProperty("text").GetString()!, text, StringComparison.Ordinal));
        Assert.Contains("my partner Alex", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Spoken_HasNullSubject()
    {
        using var response = await PostAsync("/api/scripts/compose", ValidCompose.Replace("\"written\"", "\"spoken\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("subject").ValueKind);
    }

    [Theory]
    [InlineData("\"noIsOkay\": true", "\"noIsOkay\": false", "noIsOkay")]
    [InlineData("\"openToAlternatives\": true", "\"openToAlternatives\": false", "openToAlternatives")]
    public async Task Compose_TryingToSwitchOffAPromise_IsRefusedNamingTheField(string find, string replace, string field)
    {
        using var response = await PostAsync("/api/scripts/compose", ValidCompose.Replace(find, replace, StringComparison.Ordinal));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        var message = json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.Contains("can't be switched off", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"noIsOkay\": true,\n  \"openToAlternatives\": true,", "")]
    [InlineData("\"noIsOkay\": true", "\"noIsOkay\": true")]
    public async Task Compose_PromisesLeftOutOrTrue_AreBothInTheMessage(string find, string replace)
    {
        Assert.Contains(find, ValidCompose, StringComparison.Ordinal);
        var body = ValidCompose.Replace(find, replace, StringComparison.Ordinal);
        using var response = await PostAsync("/api/scripts/compose", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var room = json.RootElement.GetProperty("parts")[4].GetProperty("text").GetString()!;
        Assert.Contains("okay to say no", room, StringComparison.Ordinal);
        Assert.Contains("open to other ideas", room, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_SaysThePromisesAreAlwaysTrue()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = document.RootElement.GetProperty("paths").GetProperty("/api/scripts/compose").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        foreach (var field in new[] { "noIsOkay", "openToAlternatives" })
        {
            var description = schema.GetProperty("properties").GetProperty(field).GetProperty("description").GetString();
            Assert.Contains("false is refused", description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Compose_OverLongCustomReason_Returns400NamingTheField()
    {
        var body = ValidCompose.Replace("by evening it is a blur", new string('a', 301), StringComparison.Ordinal);
        await AssertBadRequestAsync("/api/scripts/compose", body, "customReason");
    }

    [Theory]
    [InlineData("{ ")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Compose_MalformedJson_Returns400ForTheBody(string body)
    {
        await AssertBadRequestAsync("/api/scripts/compose", body, "body");
    }

    [Fact]
    public async Task Compose_OversizedBody_Returns400ForTheBody()
    {
        var body = "{\"customReason\": \"" + new string('a', 70 * 1024) + "\"}";
        await AssertBadRequestAsync("/api/scripts/compose", body, "body");
    }

    [Fact]
    public async Task Compose_NotJson_Returns400ForTheBody()
    {
        using var content = new StringContent(ValidCompose, Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync(new Uri("/api/scripts/compose", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        Assert.Contains("\"body\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EditedMessage_ReturnsFindingsWithExactSpans()
    {
        const string text = "Sorry to ask, but I'm legally allowed to record. I'll record it anyway.";
        using var response = await _client.PostAsJsonAsync(new Uri("/api/scripts/check", UriKind.Relative), new { text, length = "short" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var kinds = findings.Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("apology", kinds);
        Assert.Contains("legalArgument", kinds);
        Assert.Contains("secretRecording", kinds);
        Assert.Contains("missingRoom", kinds);
        var apology = findings.First(f => f.GetProperty("kind").GetString() == "apology");
        Assert.Equal("Sorry to ask, but I'm legally allowed to record.", text.Substring(apology.GetProperty("start").GetInt32(), apology.GetProperty("length").GetInt32()));
        Assert.Equal("info", apology.GetProperty("severity").GetString());
        Assert.Equal("serious", findings.First(f => f.GetProperty("kind").GetString() == "secretRecording").GetProperty("severity").GetString());
        Assert.True(findings.All(f => f.TryGetProperty("suggestion", out _) && f.TryGetProperty("message", out _)));
    }

    [Theory]
    [InlineData(null, "Would you be open to recording our sessions?")]
    [InlineData("warm", "Would you be open to recording our sessions, if it feels right to you?")]
    [InlineData("direct", "Are you open to recording our sessions?")]
    public async Task Check_SuggestsAWholeSentenceInTheToneAsked(string? tone, string suggestion)
    {
        const string text = "Hi,\n\nYou need to agree to a recording.";
        using var response = await _client.PostAsJsonAsync(new Uri("/api/scripts/check", UriKind.Relative), new { text, length = "short", tone });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var pressure = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "pressure");
        Assert.Equal("You need to agree to a recording.", text.Substring(pressure.GetProperty("start").GetInt32(), pressure.GetProperty("length").GetInt32()));
        Assert.Equal(suggestion, pressure.GetProperty("suggestion").GetString());
    }

    /// <summary>
    /// Bad input for each endpoint; the compose cases change or drop one field of <see cref="ValidCompose"/>.
    /// </summary>
    public static TheoryData<string, string, string> BadInput => new()
    {
        { "compose", ComposeWith("\"tone\": \"warm\"", "\"tone\": \"friendly\""), "tone" },
        { "compose", ComposeWith("\"tone\": \"warm\"", "\"tone\": 0"), "tone" },
        { "compose", ComposeWith("\"tone\": \"warm\"", "\"tone\": \"WARM\""), "tone" },
        { "compose", ComposeWith("\"format\": \"shortRecap\"", "\"format\": \"audio, transcript\""), "format" },
        { "compose", ComposeWith("\"delivery\": \"written\"", "\"delivery\": \"written, spoken\""), "delivery" },
        { "compose", ComposeWith("\"retentionDays\": 30", "\"retentionDays\": \"30\""), "retentionDays" },
        { "compose", ComposeWith("\"format\": \"shortRecap\",", ""), "format" },
        { "compose", ComposeWith("\"retentionDays\": 30", "\"retentionDays\": 400"), "retentionDays" },
        { "compose", ComposeWith("\"retentionDays\": 30", "\"retentionDays\": 0"), "retentionDays" },
        { "compose", ComposeWith("\"retentionDays\": 30", "\"retentionDays\": \"thirty\""), "retentionDays" },
        { "compose", ComposeWith("\"retentionDays\": 30,", ""), "retentionDays" },
        { "compose", ComposeWith("\"reasons\": [\"rememberTakeaways\", \"noticePatterns\"]", "\"reasons\": [\"rememberTakeaways\", \"bogus\"]"), "reasons" },
        { "compose", ComposeWith("\"reasons\": [\"rememberTakeaways\", \"noticePatterns\"],", ""), "reasons" },
        { "compose", ComposeWith("\"userName\": \"Sam\"", "\"userName\": \"Sam\\u0007\""), "userName" },
        { "compose", ComposeWith("\"therapistName\": \"Dr. Lee\"", "\"therapistName\": \"Dr.\\nLee\""), "therapistName" },
        { "compose", ComposeWith("\"memoryContext\": [\"adhd\"]", "\"memoryContext\": [\"tired\"]"), "memoryContext" },
        { "compose", ComposeWith("\"use\": \"personalOnly\"", "\"use\": \"personalOnly\", \"surprise\": 1"), "surprise" },
        { "check", "{ \"length\": \"short\" }", "text" },
        { "check", "{ \"text\": \"hello\" }", "length" },
        { "check", "{ \"text\": \"hello\", \"length\": \"tiny\" }", "length" },
        { "check", "{ \"text\": \"hello\", \"length\": \"standard, detailed\" }", "length" },
        { "check", "{ \"text\": \"bell\\u0007\", \"length\": \"short\" }", "text" },
        { "check", "{ \"text\": 42, \"length\": \"short\" }", "text" },
        { "check", "{ \"text\": \"hello\", \"length\": \"short\", \"tone\": \"friendly\" }", "tone" },
        { "follow-up", "{\"alternatives\": [], \"tone\": \"warm\", \"delivery\": \"written\"}", "alternatives" },
        { "follow-up", "{\"alternatives\": [\"hugs\"], \"tone\": \"warm\", \"delivery\": \"written\"}", "alternatives" },
        { "follow-up", "{\"alternatives\": [\"privateNote\"], \"delivery\": \"written\"}", "tone" },
        { "follow-up", "{\"alternatives\": [\"privateNote\"], \"tone\": \"warm\", \"delivery\": \"email\"}", "delivery" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInput_Returns400NamingTheField(string endpoint, string body, string field)
    {
        await AssertBadRequestAsync("/api/scripts/" + endpoint, body, field);
    }

    [Fact]
    public async Task Check_TextOverTheLimit_Returns400()
    {
        await AssertBadRequestAsync("/api/scripts/check", "{\"text\": \"" + new string('a', 10_001) + "\", \"length\": \"short\"}", "text");
    }

    [Fact]
    public async Task Check_LineBreaksAndTabs_AreAllowed()
    {
        using var response = await PostAsync("/api/scripts/check", "{\"text\": \"Hi,\\n\\n\\tthanks\", \"length\": \"short\"}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FollowUp_Valid_ReturnsText()
    {
        using var response = await PostAsync("/api/scripts/follow-up",
            "{\"alternatives\": [\"ownVoiceRecap\", \"privateNote\"], \"tone\": \"direct\", \"delivery\": \"spoken\", \"therapistName\": \"Dr. Lee\", \"userName\": null}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("own voice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr. Lee", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheScriptsEndpointsAndEnumValues()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/scripts/compose", document, StringComparison.Ordinal);
        Assert.Contains("/api/scripts/check", document, StringComparison.Ordinal);
        Assert.Contains("/api/scripts/follow-up", document, StringComparison.Ordinal);
        Assert.Contains("\"takeawaysTogether\"", document, StringComparison.Ordinal);
        Assert.Contains("\"keepUntilTherapyEnds\"", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/scripts/compose", "access,delivery,format,length,reasons,retention,storage,tone,use")]
    [InlineData("/api/scripts/check", "length,text")]
    [InlineData("/api/scripts/follow-up", "alternatives,delivery,tone")]
    public async Task OpenApi_MarksExactlyTheFieldsTheApiRequiresAsRequired(string path, string required)
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

        IEnumerable<string?> listed = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).Order() : [];

        Assert.Equal(required, string.Join(',', listed));
    }

    private static string ComposeWith(string find, string replace) => ValidCompose.Replace(find, replace, StringComparison.Ordinal);

    private async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private async Task AssertBadRequestAsync(string path, string body, string field)
    {
        using var response = await PostAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}', got {errors}");
    }
}

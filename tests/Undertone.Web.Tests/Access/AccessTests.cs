namespace Undertone.Web.Tests.Access;

/// <summary>Somebody else on this computer, without the token or a session, tries every door of the real app.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private const string Canary = "Canary: the panic about my sister";

    private readonly UndertoneWebFactory _factory = new();

    public static TheoryData<string> DataPages => [.. AppPages.All, "/not-found", "/no-such-page"];

    public static TheoryData<string, string> ApiCalls => new()
    {
        { "GET", "/api/export/recaps.pdf?includeTherapistSaid=true" },
        { "GET", "/api/export/recaps/1.pdf" },
        { "GET", "/api/export/bring-to-session.pdf" },
        { "GET", "/api/export/scripts/1/privacy-plan.pdf" },
        { "POST", "/api/scripts/compose" },
        { "POST", "/api/scripts/check" },
        { "POST", "/api/scripts/follow-up" },
        { "GET", "/api/anything-new" },
    };

    public async Task InitializeAsync() =>
        await _factory.Services.GetRequiredService<QuestionStore>().AddQuestionAsync(Canary);

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Theory]
    [MemberData(nameof(DataPages))]
    public async Task Page_WithoutSignIn_ShowsOnlyTheSignInExplanation(string path)
    {
        using var client = _factory.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Open Undertone from its link", html, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_factory.DataDirectory, AccessToken.FileName), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal); // no circuit, nothing interactive
        Assert.DoesNotContain(_factory.Token, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SignedIn_ShowsTheJournal()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/questions", UriKind.Relative));

        Assert.Contains(Canary, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiCalls))]
    public async Task Api_WithoutToken_Is401ProblemDetails(string method, string path)
    {
        using var client = _factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"text":"Hello","length":"short"}""", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        await AssertUnauthorizedProblemAsync(response);
    }

    [Theory]
    [InlineData("Bearer not-the-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task Api_WithAWrongToken_Is401(string authorization)
    {
        using var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative));

        await AssertUnauthorizedProblemAsync(response);
    }

    [Fact]
    public async Task Api_WithTheTokenOfAnotherStart_Is401()
    {
        await using var other = new UndertoneWebFactory();
        using var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.Token);

        using var response = await client.GetAsync(new Uri("/api/export/bring-to-session.pdf", UriKind.Relative));

        await AssertUnauthorizedProblemAsync(response);
    }

    [Fact]
    public async Task Api_WithTheToken_Works()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/export/bring-to-session.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/signin")]
    [InlineData("/signin.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/openapi/v1.json")]
    public async Task OpenPaths_NeedNoSignIn(string path)
    {
        using var client = _factory.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Canary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheBearerToken_ForEveryCall()
    {
        using var client = _factory.CreateAnonymousClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var scheme = json.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("launchToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(json.RootElement.GetProperty("security")[0].TryGetProperty("launchToken", out _));
    }

    [Fact]
    public async Task SignIn_WithTheToken_SetsAPrivateSessionCookie_AndSendsTheBrowserHome()
    {
        using var client = CookieClient();

        using var response = await client.GetAsync(new Uri("/signin?token=" + _factory.Token, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(AccessSessions.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_factory.Token, cookie, StringComparison.Ordinal);

        var html = await client.GetStringAsync(new Uri("/questions", UriKind.Relative));
        Assert.Contains(Canary, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task SignIn_WithAWrongToken_SetsNoCookie_AndSaysTheLinkIsOld(string token)
    {
        using var client = CookieClient();

        using var response = await client.GetAsync(new Uri("/signin?token=" + token, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("That link did not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri("/questions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Fact]
    public async Task SessionCookie_Made_Up_IsRefused()
    {
        using var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", AccessSessions.CookieName + "=made-up-session-id");

        using var response = await client.GetAsync(new Uri("/questions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EndAll_SignsEveryBrowserOut()
    {
        using var client = CookieClient();
        (await client.GetAsync(new Uri("/signin?token=" + _factory.Token, UriKind.Relative))).Dispose();
        using (var before = await client.GetAsync(new Uri("/questions", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        _factory.Services.GetRequiredService<AccessSessions>().EndAll();

        using var after = await client.GetAsync(new Uri("/questions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task TokenFile_HoldsThisStartsToken_OnOneLine_OwnerOnly()
    {
        _ = _factory.Services; // started
        var file = Path.Combine(_factory.DataDirectory, AccessToken.FileName);

        Assert.Equal(_factory.Token + "\n", await File.ReadAllTextAsync(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TokenFile_IsRewrittenAtEachStart()
    {
        var folder = Data.Tests.TestDatabase.CreateFolder();
        try
        {
            var file = Path.Combine(folder, AccessToken.FileName);
            await File.WriteAllTextAsync(file, "an old token\n");
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            await using (var first = UndertoneWebFactory.On(folder))
            {
                _ = first.Services;
                Assert.Equal(first.Token + "\n", await File.ReadAllTextAsync(file));
            }

            await using var second = UndertoneWebFactory.On(folder);
            _ = second.Services;
            Assert.Equal(second.Token + "\n", await File.ReadAllTextAsync(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void NewTokens_AreRandom_AndAtLeast128Bits()
    {
        var tokens = Enumerable.Range(0, 20).Select(_ => new AccessToken().Value).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(t).Length >= 16));
        var token = new AccessToken();
        Assert.True(token.Matches(token.Value));
        Assert.False(token.Matches(token.Value[..^1]));
        Assert.False(token.Matches(token.Value + "x"));
        Assert.False(token.Matches(null));
    }

    private HttpClient CookieClient()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    private static async Task AssertUnauthorizedProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Canary", body, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(401, json.RootElement.GetProperty("status").GetInt32());
    }
}

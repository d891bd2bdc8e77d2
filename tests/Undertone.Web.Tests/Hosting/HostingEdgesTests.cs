using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Hosting;

/// <summary>Odd but possible requests: every /api error is problem details naming the field, never an empty body or a 500.</summary>
public sealed partial class HostingEdgesTests(UndertoneWebFactory factory) : IClassFixture<UndertoneWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/export/recaps.pdf?paper=foo", "paper")]
    [InlineData("/api/export/recaps.pdf?paper=99", "paper")]
    [InlineData("/api/export/recaps.pdf?paper=1", "paper")]
    [InlineData("/api/export/recaps.pdf?paper=A4&paper=UsLetter", "paper")]
    [InlineData("/api/export/bring-to-session.pdf?paper=-1", "paper")]
    [InlineData("/api/export/recaps.pdf?from=notadate", "from")]
    [InlineData("/api/export/recaps.pdf?to=2026-13-40", "to")]
    [InlineData("/api/export/recaps.pdf?from=2026-05-01&to=2026-04-01", "to")]
    [InlineData("/api/export/recaps.pdf?includeTherapistSaid=maybe", "includeTherapistSaid")]
    [InlineData("/api/export/recaps/1.pdf?includeTherapistSaid=yes", "includeTherapistSaid")]
    public async Task Export_WithABadQueryValue_Is400ProblemDetailsNamingTheField(string path, string field)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = await ProblemAsync(response);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/recaps?from=notadate", "from")]
    [InlineData("/api/recaps?to=2026-02-30", "to")]
    [InlineData("/api/recaps?page=two", "page")]
    [InlineData("/api/questions?page=1.5", "page")]
    public async Task JournalApi_WithABadQueryValue_Is400ProblemDetailsNamingTheField(string path, string field) =>
        await Export_WithABadQueryValue_Is400ProblemDetailsNamingTheField(path, field);

    [Theory]
    [InlineData("/api/export/recaps/abc.pdf", HttpStatusCode.NotFound)]
    [InlineData("/api/export/recaps/999.pdf", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    public async Task Api_Errors_WithoutABodyOfTheirOwn_GetProblemDetails(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        using var json = await ProblemAsync(response);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Api_WrongMethod_Is405ProblemDetails()
    {
        using var response = await _client.DeleteAsync(new Uri("/api/scripts/check", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        using var _ = await ProblemAsync(response);
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("UsLetter")]
    public async Task Export_WithAKnownPaper_Works(string paper)
    {
        using var response = await _client.GetAsync(new Uri("/api/export/bring-to-session.pdf?paper=" + paper, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task JsonBody_WithAUtf8ByteOrderMark_IsAccepted()
    {
        var json = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"text":"Hi, could we talk about a short recap?","length":"short"}""")).ToArray();
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var response = await _client.PostAsync(new Uri("/api/scripts/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/journal/not-a-number/deeper")]
    public async Task UnknownPage_ShowsTheFriendlyNotFoundPage_With404(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn&#x27;t find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/script")]
    [InlineData("/api/export/bring-to-session.pdf")]
    [InlineData("/api/export/recaps.pdf?paper=foo")]
    [InlineData("/openapi/v1.json")]
    public async Task EveryAnswer_CarriesTheProtectiveHeaders(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;", csp);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Contains("connect-src 'self' ws://localhost", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("microphone=(self),", Header(response, "Permissions-Policy"), StringComparison.Ordinal); // voice notes: this app only, no frame or other site
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Csp_AllowsBlazorsInlineImportMap_ByItsHash()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();

        Assert.NotEmpty(inline);
        var csp = Header(response, "Content-Security-Policy");
        Assert.All(inline, script => Assert.Contains(
            $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", csp, StringComparison.Ordinal));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"No {name} header");

    private static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A script element with content and no src: what script-src must allow by hash.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.+?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Server mode is only safe if nothing answers with a journal before sign-in: every route in the app's route table
/// (pages, the JSON API, PDFs, voice-note audio), called without a cookie, is refused — 401 problem details under
/// <c>/api</c>, the sign-in page for pages — and none of them says a word of what a signed-in person wrote.
/// </summary>
public sealed partial class EveryRouteNeedsAnAccountTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    private const string Canary = "canary-7f3b violet umbrella";

    /// <summary>What may answer before sign-in: signing in and setting up, health, the API description, files.</summary>
    private static readonly string[] OpenRoutes =
    [
        AccountEndpoints.SignInPath, AccountEndpoints.SignOutPath, AccountEndpoints.SetUpPath, InviteEndpoints.JoinPath, AuthenticatorEndpoints.CodePath,
        "/healthz", "/openapi/{documentName}.json",
    ];

    [Fact]
    public async Task EveryRoute_WithoutSigningIn_IsRefused_AndShowsNothingOfAnyJournal()
    {
        var (owner, _) = await app.SignedInPersonAsync("owner");
        var made = await owner.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = Canary, themes = new[] { Canary } });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var recapId = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var question = await owner.PostAsJsonAsync("/api/questions", new { text = Canary, sourceRecapId = recapId });
        Assert.Equal(HttpStatusCode.Created, question.StatusCode);

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var walked = 0;
        foreach (var endpoint in endpoints)
        {
            var template = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.True(OpenRoutes.Contains(template, StringComparer.Ordinal) || IsStaticFile(endpoint), $"{template} answers without an account.");
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is not "OPTIONS" and not "CONNECT"))
            {
                var path = Fill(endpoint.RoutePattern, recapId);
                if (path.StartsWith("/_framework/", StringComparison.Ordinal) || path.StartsWith("/_content/", StringComparison.Ordinal))
                {
                    // Blazor's opaque redirect only turns a protected redirect cookie into a redirect: no journal in it.
                    Assert.True(IsStaticFile(endpoint) || path == "/_framework/opaque-redirect", $"{path} is open to everyone but is not one of the framework's files.");
                    continue; // the framework's own scripts, open to everyone like any static file
                }

                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(new { text = "x" });
                }

                var answer = await anonymous.SendAsync(request);
                var body = await answer.Content.ReadAsStringAsync();
                Assert.DoesNotContain("canary-7f3b", body, StringComparison.Ordinal);
                if (path.StartsWith("/api", StringComparison.Ordinal))
                {
                    Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {answer.StatusCode}.");
                    Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
                }
                else if (method is "GET" or "HEAD")
                {
                    // Pages, and the Blazor connection's GETs (refused with 401, which the friendly status pages turn into the same redirect).
                    Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{method} {path} answered {answer.StatusCode}.");
                    Assert.Equal(AccountEndpoints.SignInPath, answer.Headers.Location?.OriginalString);
                }
                else
                {
                    Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {answer.StatusCode}.");
                }

                walked++;
            }
        }

        // The walk covered the journal's API and pages, not just a few routes.
        Assert.True(walked > 40, $"Only {walked} routes were walked.");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/journal/{Id:int}");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.Contains("voice-notes", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TheBlazorConnection_WithoutSigningIn_IsRefused()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var negotiate = await anonymous.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddress_WithoutSigningIn_GoesToSignIn()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var answer = await anonymous.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(AccountEndpoints.SignInPath, answer.Headers.Location?.OriginalString);
    }

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Count == 0 && FileName().IsMatch(endpoint.RoutePattern.RawText ?? string.Empty)
        && !(endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/').StartsWith("api", StringComparison.OrdinalIgnoreCase);

    /// <summary>A concrete address for a route: the owner's real recap id for every number, a word for every other part.</summary>
    private static string Fill(RoutePattern pattern, int id)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content == "int") ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "x",
                    _ => string.Empty,
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    [GeneratedRegex(@"\.[A-Za-z0-9]{1,6}$")]
    private static partial Regex FileName();
}

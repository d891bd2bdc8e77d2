using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Server mode over the network answers only over HTTPS: someone on the same Wi-Fi who opens it over plain HTTP gets a
/// clear refusal (never the sign-in form, where a password would cross the network readable), while a reverse proxy
/// on the same machine that terminates HTTPS is let through.
/// </summary>
public sealed class HttpsOnlyTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    private static readonly IPAddress Neighbour = IPAddress.Parse("192.168.1.20");

    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/api/recaps")]
    [InlineData("/")]
    public async Task PlainHttp_FromAnotherMachine_IsRefusedWithAProblem_AndNoForm(string path)
    {
        var answer = await GetAsync(app.Server, path, from: Neighbour);

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
        Assert.Equal("application/problem+json", answer.Response.ContentType);
        var body = await new StreamReader(answer.Response.Body).ReadToEndAsync();
        Assert.Contains("only answers over HTTPS", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainHttp_FromAnotherMachine_ThroughAProxyThatOnlyPassesItOn_IsStillRefused()
    {
        var answer = await GetAsync(app.Server, AccountEndpoints.SignInPath, from: IPAddress.Loopback, forwardedFor: Neighbour, forwardedProto: "http");

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
    }

    [Fact]
    public async Task Https_FromAProxyOnThisMachine_ShowsTheSignInPage_AndAsksBrowsersToStayOnHttps()
    {
        // The proxy's public name, as its owner lists it in AllowedHosts (README, "Server mode").
        using var named = app.WithWebHostBuilder(host => host.UseSetting("AllowedHosts", "undertone.example.org"));

        var answer = await GetAsync(named.Server, AccountEndpoints.SignInPath, from: IPAddress.Loopback, forwardedFor: Neighbour, forwardedProto: "https", host: "undertone.example.org");

        Assert.Equal(StatusCodes.Status200OK, answer.Response.StatusCode);
        Assert.StartsWith("max-age=", answer.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedForwardedHttps_FromAnotherMachine_IsNotBelieved()
    {
        var answer = await GetAsync(app.Server, AccountEndpoints.SignInPath, from: Neighbour, forwardedProto: "https");

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
    }

    [Theory]
    [InlineData("192.168.1.5", "192.168.1.5")]
    [InlineData("10.0.0.0/24, 192.168.1.5", "10.0.0.7")]
    public async Task Https_FromAProxyOnAnotherMachine_ListedInTrustedProxies_ShowsTheSignInPage(string trusted, string proxy)
    {
        using var behindProxy = app.WithWebHostBuilder(host => host.UseSetting(TrustedProxies.SettingKey, trusted));

        var answer = await GetAsync(behindProxy.Server, AccountEndpoints.SignInPath, from: IPAddress.Parse(proxy), forwardedFor: Neighbour, forwardedProto: "https");

        Assert.Equal(StatusCodes.Status200OK, answer.Response.StatusCode);
        Assert.Equal(Neighbour, answer.Connection.RemoteIpAddress); // the browser's address, as the proxy said
    }

    [Fact]
    public async Task ForgedForwardedHttps_FromAMachineThatIsNotTheTrustedProxy_IsNotBelieved()
    {
        using var behindProxy = app.WithWebHostBuilder(host => host.UseSetting(TrustedProxies.SettingKey, "192.168.1.5"));

        var answer = await GetAsync(behindProxy.Server, AccountEndpoints.SignInPath, from: Neighbour, forwardedFor: IPAddress.Parse("192.168.1.5"), forwardedProto: "https");

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
        Assert.Equal(Neighbour, answer.Connection.RemoteIpAddress);
    }

    [Fact]
    public void TrustedProxies_ThatAreNotAddresses_StopStartUpNamingTheSetting()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TrustedProxies.SettingKey] = "192.168.1.5, proxy.local" }).Build();

        var refused = Assert.Throws<ServerModeRefusedException>(() => TrustedProxies.ForwardedHeadersFrom(settings));

        Assert.Contains(TrustedProxies.SettingKey, refused.Message, StringComparison.Ordinal);
        Assert.Contains("proxy.local", refused.Message, StringComparison.Ordinal);
    }

    // A GET over plain HTTP from the given address, with the headers a reverse proxy would add.
    private static Task<HttpContext> GetAsync(
        TestServer server, string path, IPAddress from, IPAddress? forwardedFor = null, string? forwardedProto = null, string host = "localhost") =>
        server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Host = new HostString(host);
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor.ToString();
            }

            if (forwardedProto is not null)
            {
                context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
        });
}

using Microsoft.AspNetCore.Http;
using Undertone.Web.Accounts;

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
        var answer = await app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = Neighbour;
        });

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
        Assert.Equal("application/problem+json", answer.Response.ContentType);
        var body = await new StreamReader(answer.Response.Body).ReadToEndAsync();
        Assert.Contains("only answers over HTTPS", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainHttp_FromAnotherMachine_ThroughAProxyThatOnlyPassesItOn_IsStillRefused()
    {
        var answer = await app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Path = AccountEndpoints.SignInPath;
            context.Request.Headers["X-Forwarded-For"] = Neighbour.ToString();
            context.Request.Headers["X-Forwarded-Proto"] = "http";
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
    }

    [Fact]
    public async Task Https_FromAProxyOnThisMachine_ShowsTheSignInPage_AndAsksBrowsersToStayOnHttps()
    {
        // The proxy's public name, as its owner lists it in AllowedHosts (README, "Server mode").
        using var named = app.WithWebHostBuilder(host => host.UseSetting("AllowedHosts", "undertone.example.org"));
        var answer = await named.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("undertone.example.org");
            context.Request.Path = AccountEndpoints.SignInPath;
            context.Request.Headers["X-Forwarded-For"] = Neighbour.ToString();
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(StatusCodes.Status200OK, answer.Response.StatusCode);
        Assert.StartsWith("max-age=", answer.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedForwardedHttps_FromAnotherMachine_IsNotBelieved()
    {
        var answer = await app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Path = AccountEndpoints.SignInPath;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Connection.RemoteIpAddress = Neighbour;
        });

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
    }
}

using System.Net;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode carries passwords and journals over the network, so it answers only over HTTPS, or over plain HTTP to
/// this machine itself (a reverse proxy on the same machine, or a test). Anything else gets a clear 400 problem answer
/// and nothing more. A reverse proxy says what the browser used with <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c>, which are believed only from this machine (<c>UseForwardedHeaders</c>'s known proxies).
/// </summary>
public sealed class HttpsOnly(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.IsHttps || IsThisMachine(context.Connection.RemoteIpAddress))
        {
            return next(context);
        }

        return TypedResults.Problem(
            title: "Use HTTPS",
            detail: "This Undertone server only answers over HTTPS, so that passwords and journals can't be read on the way. " +
                    "Open it with an https:// address, or ask the person who runs it to set up HTTPS.",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
    }

    // No address at all is a request from inside this process (the in-memory test server).
    private static bool IsThisMachine(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}

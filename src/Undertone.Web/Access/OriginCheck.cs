namespace Undertone.Web.Access;

/// <summary>
/// Refuses the Blazor connection (<c>/_blazor</c>: negotiate and WebSocket) and every state-changing request when the
/// browser says it comes from another site (an <c>Origin</c> header that is not this app's own). Requests without an
/// Origin (curl, scripts) go on to the access check as usual. <c>Origin: null</c> is the app's own only when the browser
/// also says <c>Sec-Fetch-Site: same-origin</c>: Chromium sends "null" for a plain form post from our own pages, because
/// our <c>Referrer-Policy</c> is <c>no-referrer</c> (the home page's dark-mode button before its script has run), while
/// the other sources of "null" (a sandboxed frame, a file, a redirect through another site) are never same-origin, and
/// no page can set either header itself.
/// </summary>
public sealed class OriginCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Checked(request) || IsOwn(request, origin))
        {
            return next(context);
        }

        context.Response.Headers.CacheControl = "no-store";
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                title: "Not from Undertone",
                detail: "Undertone only accepts this request from its own pages.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool Checked(HttpRequest request) =>
        request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
        || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    /// <summary>The app's own origin is the scheme and host the request was sent to (the host already passed host filtering).</summary>
    private static bool IsOwn(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase)
        || (origin == "null" && request.Headers["Sec-Fetch-Site"] == "same-origin");
}

namespace Undertone.Web.Access;

/// <summary>
/// Refuses the Blazor connection (<c>/_blazor</c>: negotiate and WebSocket) and every state-changing request when the
/// browser says it comes from another site (an <c>Origin</c> header that is not this app's own). Requests without an
/// Origin (curl, scripts) go on to the access check as usual.
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
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}

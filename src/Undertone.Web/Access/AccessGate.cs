using Microsoft.Net.Http.Headers;

namespace Undertone.Web.Access;

/// <summary>
/// Lets a request through only when it carries a signed-in session cookie or <c>Authorization: Bearer &lt;token&gt;</c>,
/// or asks for something open to everyone (<see cref="OpenToEveryone"/>: sign-in, health, static files). Everything
/// else is refused without a word from the journal: <c>/api</c> with 401 problem details, pages (and the Blazor
/// connection) with the sign-in explanation.
/// </summary>
public sealed class AccessGate(RequestDelegate next, AccessToken token, AccessSessions sessions, SignInPage signInPage)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsOpenToEveryone() || HasAccess(context))
        {
            return next(context);
        }

        return Refuse(context);
    }

    private bool HasAccess(HttpContext context)
    {
        if (sessions.IsActive(context.Request.Cookies[AccessSessions.CookieName]))
        {
            return true;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            && token.Matches(authorization[bearer.Length..].Trim());
    }

    private Task Refuse(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return TypedResults.Problem(
                title: "Sign in first",
                detail: "Send the token from the access-token file in Undertone's data folder as 'Authorization: Bearer <token>'.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        }

        return signInPage.WriteAsync(context, StatusCodes.Status401Unauthorized, SignInPage.Reason.NotSignedIn);
    }
}

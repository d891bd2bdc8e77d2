namespace Undertone.Web.Access;

/// <summary><c>GET /signin?token=…</c>: the printed link. Sets the session cookie and sends the browser home, so the token leaves the address bar.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/signin", SignIn).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static Task SignIn(HttpContext context, AccessToken token, AccessSessions sessions, SignInPage page)
    {
        var candidate = context.Request.Query["token"].ToString();
        if (candidate.Length == 0)
        {
            return page.WriteAsync(context, StatusCodes.Status200OK, SignInPage.Reason.NotSignedIn);
        }

        if (!token.Matches(candidate))
        {
            return page.WriteAsync(context, StatusCodes.Status401Unauthorized, SignInPage.Reason.OldLink);
        }

        SessionCookie.Append(context, sessions.Start());
        context.Response.Redirect("/");
        return Task.CompletedTask;
    }
}

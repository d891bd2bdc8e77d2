namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's access check, in place of local mode's launch token: a request goes on only with a signed-in person
/// (the account cookie) or to something open to everyone (<see cref="OpenToEveryone"/>: signing in, the set-up link,
/// health, static files). <c>/api</c> answers 401 problem details; the Blazor connection a bare 401;
/// pages send the browser to the sign-in page. Nothing from any journal is ever part of the answer.
/// </summary>
public sealed class AccountGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsOpenToEveryone() || context.User.PersonId() is not null)
        {
            return next(context);
        }

        context.Response.Headers.CacheControl = "no-store";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                title: "Sign in first",
                detail: "Sign in to Undertone in this browser, then try again.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        }

        if (path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.Response.Redirect(AccountEndpoints.SignInPath);
        return Task.CompletedTask;
    }
}

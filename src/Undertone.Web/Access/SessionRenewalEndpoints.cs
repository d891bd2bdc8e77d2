namespace Undertone.Web.Access;

/// <summary>
/// <c>POST /api/unlock/session {ticket}</c>: an open tab trades the one-time ticket it got after an unlock
/// (<see cref="SessionRenewals"/>) for a fresh session cookie. It needs no cookie (locking ended it) but refuses
/// everything else: no ticket, a used, old or invented one, or a journal that is locked. Browsers refuse it from other
/// sites (<see cref="OriginCheck"/>). Not in the OpenAPI description: it is the app's own page's business.
/// </summary>
public static class SessionRenewalEndpoints
{
    public const string Path = "/api/unlock/session";

    public static IEndpointRouteBuilder MapSessionRenewal(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(Path, RenewAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RenewAsync(
        HttpContext context, SessionRenewals renewals, LockKeeper keeper, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (body, errors) = await ApiJson.ReadAsync<SessionTicketRequest>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (keeper.IsLocked || renewals.Redeem(body.Ticket) is not { } sessionId)
        {
            return TypedResults.Problem(
                title: "Sign in first",
                detail: "This ticket doesn't open a session. Open Undertone with its launch link.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        SessionCookie.Append(context, sessionId);
        return TypedResults.NoContent();
    }
}

namespace Undertone.Web.Accounts;

/// <summary>
/// How the account pages are mapped: plain HTML pages (<see cref="AccountHtml"/>), kept out of the API description,
/// most of them a form shown by a GET and sent back by a POST to the same path.
/// </summary>
internal static class AccountRoutes
{
    /// <summary>Pages for the signed-in person (<see cref="AccountGate"/> sends everyone else to sign in).</summary>
    public static RouteGroupBuilder MapAccountPages(this IEndpointRouteBuilder app) =>
        app.MapGroup(string.Empty).ExcludeFromDescription();

    /// <summary>Pages open to everyone: signing in, the first set-up, joining by an invite; their forms are sent a limited number of times per address.</summary>
    public static RouteGroupBuilder MapOpenAccountPages(this IEndpointRouteBuilder app) =>
        app.MapAccountPages().AllowAnonymous().RequireRateLimiting(OpenFormTries.Policy);

    /// <summary>A form at <paramref name="path"/>: <paramref name="show"/> answers the GET, <paramref name="send"/> the POST.</summary>
    public static RouteGroupBuilder MapForm(this RouteGroupBuilder pages, string path, Delegate show, Delegate send)
    {
        // Server mode's account forms are built at run time (the request-delegate generator needs the handler at the
        // call): they are not on local mode's start, which is what the generated endpoints are for (issue 19).
#pragma warning disable RDG002
        pages.MapGet(path, show);
        pages.MapPost(path, send);
#pragma warning restore RDG002
        return pages;
    }
}

namespace Undertone.Web.Api;

/// <summary>
/// Another web site could make the browser fetch, send or delete private things (a link, a hidden frame, a form).
/// Browsers say where a request came from in <c>Sec-Fetch-Site</c>: only this app (<c>same-origin</c>) or the user
/// typing the address (<c>none</c>) may go on; clients that send no such header (scripts, tests) are local and allowed.
/// Used on the export, data and voice-note groups.
/// </summary>
public static class OtherSiteRefusal
{
    public const string Detail = "This can only be done from Undertone itself.";

    /// <summary>Answers 403 problem details with <paramref name="detail"/> to a request another web site made.</summary>
    public static TBuilder RefuseOtherSites<TBuilder>(this TBuilder builder, string detail = Detail)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var site = context.HttpContext.Request.Headers["Sec-Fetch-Site"].ToString();
            if (site.Length > 0 && site is not ("same-origin" or "none"))
            {
                return TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden);
            }

            return await next(context).ConfigureAwait(false);
        });
}

namespace Undertone.Web.Accounts;

/// <summary>
/// An account page's form that arrives without its antiforgery token (a forged post from another site, or a form left
/// open across a restart) is refused by ASP.NET Core with a <see cref="BadHttpRequestException"/> while binding; this
/// answers it with a calm 400 page instead of the error page. Nothing of the form is used.
/// </summary>
public sealed class StaleFormAnswer(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException) when (!context.Response.HasStarted && context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            var body = $$"""
                <h1>That form didn't go through</h1>
                <p class="note" role="alert">Nothing was changed. The page may have been open for a long time. Please go back, reload the page, and try again.</p>
                <p><a href="{{AccountHome.Path}}">Your account</a> · <a href="/">Your journal</a></p>
                """;
            await AccountHtml.WriteAsync(context, StatusCodes.Status400BadRequest, "That form didn't go through", body);
        }
    }
}

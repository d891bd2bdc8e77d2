namespace Undertone.Web.Hosting;

/// <summary>
/// Runs before everything else, host filtering included, so that even a request refused for its Host header gets the
/// security headers, and under <c>/api</c> a problem-details body instead of an empty one.
/// </summary>
internal sealed class OutermostStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeaders>();
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context).ConfigureAwait(false);
            await ApiProblems.WriteMissingBodyAsync(context).ConfigureAwait(false);
        });
        next(app);
    };
}

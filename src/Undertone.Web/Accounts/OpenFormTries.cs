using System.Threading.RateLimiting;

namespace Undertone.Web.Accounts;

/// <summary>
/// How often one address may send the forms open to everyone (sign in, authenticator code, set up, join). Identity
/// pauses one account after five wrong passwords, but nothing stopped one address from trying a few passwords on every
/// account, forever. <see cref="PermitLimit"/> sends per <see cref="Window"/> per address (behind a trusted proxy, the
/// browser's own address): a person who mistypes never meets it. More gets a plain 429 page. Showing the forms is never
/// limited. Each instance counts for itself.
/// </summary>
public static class OpenFormTries
{
    public const string Policy = "open-account-forms";

    public const int PermitLimit = 30;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddOpenFormTries(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(
                    "send " + context.Connection.RemoteIpAddress, // apart from the no-limit key: partitions are kept by key
                    _ => new SlidingWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, SegmentsPerWindow = 5, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("show"));
            options.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new ValueTask(PlainPage.WriteAsync(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many tries",
                    $"<h1>Too many tries</h1><p>There were a lot of tries from here in a short time. Please wait {Window.TotalMinutes:0} minutes, then try again.</p>",
                    PlainPage.SameOrigin));
            };
        });
}

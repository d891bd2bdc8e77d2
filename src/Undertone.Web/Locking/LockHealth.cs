using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Undertone.Web.Locking;

/// <summary>
/// <c>/healthz</c>'s answer: the status as before ("Healthy", "Unhealthy"), or "Healthy (locked)" while the journal
/// waits for its passphrase: the app is up, and nothing in the journal can be checked until then.
/// </summary>
public static class LockHealth
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var locked = context.RequestServices.GetRequiredService<LockKeeper>().IsLocked;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var text = locked && report.Status == HealthStatus.Healthy ? "Healthy (locked)" : report.Status.ToString();
        return context.Response.WriteAsync(text, Encoding.UTF8);
    }
}

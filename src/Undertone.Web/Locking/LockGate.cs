using Microsoft.Net.Http.Headers;

namespace Undertone.Web.Locking;

/// <summary>
/// After the access gate: while the journal is locked, every <c>/api</c> call except the lock's own answers 401
/// problem details, so no script reads or writes anything until someone unlocks it. Pages render their unlock
/// screen themselves (the layout). Every admitted request counts as use for the idle lock.
/// </summary>
public sealed class LockGate(RequestDelegate next, LockKeeper keeper)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        var isApi = path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        var isLockApi = path.StartsWithSegments(LockApi.LockPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(LockApi.UnlockPath, StringComparison.OrdinalIgnoreCase);
        if (isApi && !isLockApi && keeper.IsLocked)
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Passphrase";
            return LockApi.Locked().ExecuteAsync(context);
        }

        // Only real use counts: health checks and the lock's own status calls do not keep the journal open.
        if (!path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
            && !(isLockApi && HttpMethods.IsGet(context.Request.Method)))
        {
            keeper.Touch();
        }

        return next(context);
    }
}

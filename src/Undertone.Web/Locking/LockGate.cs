using Microsoft.Net.Http.Headers;

namespace Undertone.Web.Locking;

/// <summary>
/// After the access gate: while the journal is locked, every <c>/api</c> call except the lock's own answers 401
/// problem details, so no script reads or writes anything until someone unlocks it. Pages render their unlock
/// screen themselves (the layout). Only what someone asked for with their credentials counts as use for the idle
/// lock: a request open to everyone (<see cref="OpenToEveryone"/>: static files, health, sign-in, the OpenAPI
/// description, the session renewal) never keeps the journal open, because anyone can send one, and neither does
/// asking the lock how it is.
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

        // Only a person's own use counts. Anybody can fetch a static file (an image on any web site can), so a request
        // open to everyone never touches the idle clock; nor do the lock's own status calls.
        if (!context.IsOpenToEveryone() && !(isLockApi && HttpMethods.IsGet(context.Request.Method)))
        {
            keeper.Touch();
        }

        return next(context);
    }
}

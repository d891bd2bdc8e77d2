using Microsoft.AspNetCore.Authorization;

namespace Undertone.Web.Access;

/// <summary>
/// The one rule for what anybody may ask for without signing in, in local and server mode alike: an endpoint marked
/// <see cref="IAllowAnonymous"/> (signing in, the set-up link, health, the OpenAPI description, static files, the
/// session renewal) and the framework's own files under <c>/_framework</c> and <c>/_content</c>. The gates
/// (<see cref="AccessGate"/>, <see cref="Accounts.AccountGate"/>) let these through without credentials, and the idle lock
/// (<see cref="Locking.LockGate"/>) never counts them as use, because anyone can send them: another account on this
/// computer, or an image on any web site.
/// </summary>
public static class OpenToEveryone
{
    public static bool IsOpenToEveryone(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || context.Request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase);
    }
}

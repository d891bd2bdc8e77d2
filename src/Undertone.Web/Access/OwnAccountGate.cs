using System.Net;
using Microsoft.AspNetCore.Connections.Features;

namespace Undertone.Web.Access;

/// <summary>
/// Local mode answers only programs of the account that started it. A browser sends the session cookie to every port
/// of <c>localhost</c>, so a program another account runs on a spare port can collect it when this person's browser is
/// led there, and then replay it with curl. The cookie alone is therefore not enough: a connection from another
/// account's program is turned away before anything else, with or without the cookie or the token. Checked once per
/// connection (<see cref="LoopbackAccounts"/>); where the owner cannot be told (not Linux), the cookie and the token
/// stay the only check (docs/decisions/006-launch-token-and-access.md).
/// </summary>
public sealed partial class OwnAccountGate(RequestDelegate next, ILogger<OwnAccountGate> logger)
{
    private static readonly object VerdictKey = new();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsOwnAccount(context) ? next(context) : RefuseAsync(context);
    }

    private bool IsOwnAccount(HttpContext context)
    {
        // Requests on one HTTP/2 connection can run side by side, so the connection's items are shared with care.
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items ?? new Dictionary<object, object?>();
        lock (items)
        {
            if (items.TryGetValue(VerdictKey, out var known))
            {
                return (bool)known!;
            }

            var verdict = true;
            if (LoopbackAccounts.Own is { } own
                && context.Connection is { RemoteIpAddress: { } remote, LocalIpAddress: { } local }
                && LoopbackAccounts.Of(new IPEndPoint(remote, context.Connection.RemotePort), new IPEndPoint(local, context.Connection.LocalPort)) is { } account
                && account != own)
            {
                verdict = false;
                LogOtherAccount(logger, account);
            }

            items[VerdictKey] = verdict;
            return verdict;
        }
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.Headers.Connection = "close";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                title: "This Undertone belongs to another account",
                detail: "It answers only programs of the account on this computer that started it.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }

        const string body = """
            <h1>This Undertone belongs to someone else</h1>
            <p>It was started by another account on this computer, and it answers only that account.</p>
            <p>To keep a journal of your own, start Undertone while you are signed in to your own account.</p>
            """;
        return PlainPage.WriteAsync(context, StatusCodes.Status403Forbidden, "This Undertone belongs to someone else", body, PlainPage.NoReferrer);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turned away a connection from a program of another account on this computer (user id {Account}).")]
    private static partial void LogOtherAccount(ILogger logger, int account);
}

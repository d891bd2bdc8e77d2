using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Undertone.Web.Access;

/// <summary>
/// One-time tickets that turn an open tab back into a signed-in browser after the journal is unlocked. Locking ends
/// every session cookie, but an open tab's Blazor connection lives on (it shows the unlock screen); once the journal
/// is unlocked, that connection is given a ticket, and the page trades it for a fresh cookie with a same-site
/// <c>POST</c> (<see cref="SessionRenewalEndpoints"/>), so reloading the page does not need the launch link again.
/// A ticket is 32 random bytes, works once, for <see cref="Lifetime"/>, and not at all after the journal is locked
/// again; it never appears in an address.
/// </summary>
public sealed class SessionRenewals(AccessSessions sessions, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>More open tabs than anyone has; past it the oldest tickets are dropped.</summary>
    public const int MaxTickets = 100;

    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, long Generation)> _tickets = new(StringComparer.Ordinal);

    /// <summary>A new ticket for one open tab (call it only for a connection that was signed in).</summary>
    public string Issue()
    {
        var now = time.GetUtcNow();
        foreach (var stale in _tickets.Where(t => t.Value.Expires <= now).Select(t => t.Key).ToList())
        {
            _tickets.TryRemove(stale, out _);
        }

        if (_tickets.Count >= MaxTickets)
        {
            foreach (var oldest in _tickets.OrderBy(t => t.Value.Expires).Take(_tickets.Count - MaxTickets + 1).Select(t => t.Key).ToList())
            {
                _tickets.TryRemove(oldest, out _);
            }
        }

        var ticket = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _tickets[ticket] = (now + Lifetime, sessions.Generation);
        return ticket;
    }

    /// <summary>Uses up the ticket: a new session id when it was issued, is fresh, and no lock came since; else null.</summary>
    public string? Redeem(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket) || !_tickets.TryRemove(ticket, out var issued))
        {
            return null;
        }

        return issued.Expires > time.GetUtcNow() && issued.Generation == sessions.Generation ? sessions.Start() : null;
    }
}

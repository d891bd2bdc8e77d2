using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Undertone.Web.Access;

/// <summary>
/// The browsers signed in since this start: random session ids, held in memory only, so a restart (which also makes a
/// new token) signs everyone out. <see cref="EndAll"/> is for locking the journal.
/// </summary>
public sealed class AccessSessions
{
    public const string CookieName = "undertone-session";

    /// <summary>More sign-ins than anyone makes by hand; past it the oldest are forgotten, so memory stays small.</summary>
    public const int MaxSessions = 1000;

    private readonly ConcurrentDictionary<string, long> _sessions = new(StringComparer.Ordinal);
    private long _counter;
    private long _generation;

    public int Count => _sessions.Count;

    /// <summary>Starts a session and returns its id (32 random bytes, base64url) for the cookie.</summary>
    public string Start()
    {
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = Interlocked.Increment(ref _counter);
        if (_sessions.Count > MaxSessions)
        {
            foreach (var oldest in _sessions.OrderBy(s => s.Value).Take(_sessions.Count - MaxSessions).ToList())
            {
                _sessions.TryRemove(oldest.Key, out _);
            }
        }

        return id;
    }

    public bool IsActive(string? id) => !string.IsNullOrEmpty(id) && _sessions.ContainsKey(id);

    /// <summary>Moves on each time every session is ended, so a ticket given out before can tell it is stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Ends every session: each browser has to sign in again with the token.</summary>
    public void EndAll()
    {
        Interlocked.Increment(ref _generation);
        _sessions.Clear();
    }
}

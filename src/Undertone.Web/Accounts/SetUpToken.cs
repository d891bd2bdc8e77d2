using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Undertone.Web.Accounts;

/// <summary>
/// The one-time secret in the set-up link: made fresh at each start, held only in memory and printed only on the
/// console (<see cref="SetUpLink"/>). Whoever holds it may create the first (owner) account, and only while there is
/// no account at all. Once it has made the owner it is spent for good, even if every account is later deleted: an old
/// link in a browser's history must not claim an empty server. The next start prints a new one.
/// </summary>
public sealed class SetUpToken
{
    private readonly byte[] _value;
    private volatile bool _spent;

    public SetUpToken()
        : this(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)))
    {
    }

    private SetUpToken(string value) => _value = Encoding.UTF8.GetBytes(value);

    public string Value => Encoding.UTF8.GetString(_value);

    /// <summary>A known token (tests).</summary>
    public static SetUpToken FromValue(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new SetUpToken(value);
    }

    /// <summary>
    /// True for this start's token while it is unspent. Compares in constant time, so the answer's timing says nothing
    /// about how much of a guess was right.
    /// </summary>
    public bool Matches(string? candidate) =>
        !_spent && !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _value);

    /// <summary>The owner is made: the token never works again in this start.</summary>
    public void Spend() => _spent = true;
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Undertone.Web.Accounts;

/// <summary>
/// The one-time secret in the set-up link: made fresh at each start, held only in memory and printed only on the
/// console (<see cref="SetUpLink"/>). Whoever holds it may create the first (owner) account, and only while there is
/// no account at all.
/// </summary>
public sealed class SetUpToken
{
    private readonly byte[] _value;

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

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _value);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Undertone.Web.Access;

/// <summary>
/// The launch token: 32 random bytes (base64url), made fresh at each start and written to <c>access-token</c> in the
/// data folder (mode 0600 on Linux and macOS), so only the person whose account runs Undertone can read it. Whoever
/// shows it, in the sign-in link or as <c>Authorization: Bearer</c>, gets in; nobody else does.
/// </summary>
public sealed class AccessToken
{
    public const string FileName = "access-token";

    private readonly byte[] _expected;

    public AccessToken()
        : this(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)))
    {
    }

    private AccessToken(string value)
    {
        if (value.Length < 22 || value.Length > 256)
        {
            throw new ArgumentException("A token needs at least 128 bits (22 base64url characters).", nameof(value));
        }

        Value = value;
        _expected = Encoding.ASCII.GetBytes(value);
    }

    /// <summary>A token chosen by the caller (tests that need to know it before the app starts); the app makes its own.</summary>
    public static AccessToken FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new AccessToken(value);
    }

    /// <summary>The token, for the sign-in link and the token file. Never logged.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="candidate"/> is the token; takes the same time however much of it matches.</summary>
    public bool Matches(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > 256)
        {
            return false;
        }

        // FixedTimeEquals returns early only on a length difference, which says nothing about the token's content.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
    }

    /// <summary>Writes the token as one line to <paramref name="path"/>, readable and writable by its owner only.</summary>
    public void WriteTo(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFiles.OwnerOnlyFile;
        }

        using (var writer = new StreamWriter(path, Encoding.ASCII, options))
        {
            writer.Write(Value);
            writer.Write('\n');
        }

        PrivateFiles.MakePrivate(path); // the file may have existed with a looser mode
    }
}

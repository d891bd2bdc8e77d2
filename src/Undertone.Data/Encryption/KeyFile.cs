using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Undertone.Data.Encryption;

/// <summary>
/// The small JSON file beside the database (<c>undertone.key</c>) that holds the journal's random data key twice:
/// wrapped by the passphrase's Argon2id key and by the recovery key's HKDF key. Nothing in it opens the journal
/// without one of the two; the Argon2 parameters travel with it. Each wrapping is bound (AES-GCM associated data)
/// to the file's version, cipher and parameters, so none of them can be swapped without the unwrap failing.
/// </summary>
internal sealed record KeyFile(int Version, string Cipher, Argon2Settings Kdf, WrappedKey ByPassphrase, WrappedKey ByRecoveryKey)
{
    public const int CurrentVersion = 1;
    public const string DefaultCipher = "chacha20";

    private const int SaltLength = 16;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static KeyFile Create(byte[] dataKey, string passphrase, byte[] recoverySecret, Argon2Settings kdf)
    {
        var header = new KeyFile(CurrentVersion, DefaultCipher, kdf, Empty, Empty);
        return header with
        {
            ByPassphrase = header.WrapForPassphrase(dataKey, passphrase),
            ByRecoveryKey = header.WrapForRecoveryKey(dataKey, recoverySecret),
        };
    }

    public static KeyFile Read(string path)
    {
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllBytes(path), Json);
        if (file is null || file.Version != CurrentVersion)
        {
            throw new InvalidDataException($"The key file at '{path}' is not one this version of Undertone can read.");
        }

        return file;
    }

    /// <summary>
    /// Writes the file under a temporary name and moves it into place, so it is never half written. On Linux and macOS
    /// the file is readable and writable by its owner only from the moment it exists, whatever the umask.
    /// </summary>
    public void Write(string path)
    {
        var temporary = path + ".new";

        // A left-over temporary file (the app stopped while writing) keeps its old mode when reused, so start afresh.
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public byte[]? TryUnwrapWithPassphrase(string passphrase)
    {
        var kek = Kdf.DeriveKey(passphrase, ByPassphrase.SaltBytes());
        try
        {
            return ByPassphrase.TryUnwrap(kek, AssociatedData("passphrase"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    public byte[]? TryUnwrapWithRecoveryKey(byte[] recoverySecret)
    {
        var kek = RecoveryKek(recoverySecret, ByRecoveryKey.SaltBytes());
        try
        {
            return ByRecoveryKey.TryUnwrap(kek, AssociatedData("recovery"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    /// <summary>The same file with the data key wrapped by a new passphrase (new salt); the recovery key still works.</summary>
    public KeyFile WithPassphrase(byte[] dataKey, string passphrase, Argon2Settings kdf)
    {
        var next = this with { Kdf = kdf };
        return next with { ByPassphrase = next.WrapForPassphrase(dataKey, passphrase) };
    }

    private static WrappedKey Empty => new(string.Empty, string.Empty, string.Empty, string.Empty);

    private WrappedKey WrapForPassphrase(byte[] dataKey, string passphrase)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var kek = Kdf.DeriveKey(passphrase, salt);
        try
        {
            return WrappedKey.Wrap(dataKey, kek, salt, AssociatedData("passphrase"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    private WrappedKey WrapForRecoveryKey(byte[] dataKey, byte[] recoverySecret)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var kek = RecoveryKek(recoverySecret, salt);
        try
        {
            return WrappedKey.Wrap(dataKey, kek, salt, AssociatedData("recovery"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    // The recovery key is 160 random bits, so a fast HKDF is enough (no guessing to slow down).
    private static byte[] RecoveryKek(byte[] recoverySecret, byte[] salt) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, recoverySecret, Argon2Settings.KeyLength, salt, "undertone recovery key v1"u8.ToArray());

    // The passphrase wrapping is bound to its Argon2 parameters too; the recovery wrapping is not, so a change of
    // passphrase with new parameters leaves the recovery key working.
    private byte[] AssociatedData(string wrapping) => Encoding.UTF8.GetBytes(wrapping == "passphrase"
        ? $"undertone key file v{Version}|{Cipher}|{wrapping}|argon2id m={Kdf.MemoryKiB} t={Kdf.Iterations} p={Kdf.Parallelism}"
        : $"undertone key file v{Version}|{Cipher}|{wrapping}");
}

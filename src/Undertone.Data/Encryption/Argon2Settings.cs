using System.Text;
using Konscious.Security.Cryptography;

namespace Undertone.Data.Encryption;

/// <summary>
/// Argon2id parameters for turning a passphrase into the key that unwraps the journal's data key. The defaults
/// were measured on the project's 2-core machines at well under 1.5 s per unlock
/// (docs/decisions/008-encryption-at-rest.md). They are stored in the key file, so raising them later does not
/// lock anyone out of an existing journal.
/// </summary>
/// <param name="MemoryKiB">Memory per derivation in KiB.</param>
/// <param name="Iterations">Passes over that memory.</param>
/// <param name="Parallelism">Lanes (threads); 2 matches the machines the app runs on.</param>
public sealed record Argon2Settings(int MemoryKiB, int Iterations, int Parallelism)
{
    public const int KeyLength = 32;

    public static Argon2Settings Default { get; } = new(MemoryKiB: 48 * 1024, Iterations: 2, Parallelism: 2);

    /// <summary>
    /// Derives a 32-byte key from the passphrase (Unicode-normalized to NFC and encoded as UTF-8, so the same words
    /// typed on another keyboard or system give the same key).
    /// </summary>
    public byte[] DeriveKey(string passphrase, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentNullException.ThrowIfNull(salt);
        var bytes = Encoding.UTF8.GetBytes(passphrase.Normalize(NormalizationForm.FormC));
        try
        {
            using var argon2 = new Argon2id(bytes)
            {
                Salt = salt,
                MemorySize = MemoryKiB,
                Iterations = Iterations,
                DegreeOfParallelism = Parallelism,
            };
            var key = GC.AllocateArray<byte>(KeyLength, pinned: true);
            argon2.GetBytes(KeyLength).AsSpan().CopyTo(key);
            return key;
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }
}

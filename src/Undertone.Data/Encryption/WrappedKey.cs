using System.Security.Cryptography;

namespace Undertone.Data.Encryption;

/// <summary>The data key encrypted (AES-256-GCM) under a key-encryption key, as stored in the key file.</summary>
internal sealed record WrappedKey(string Salt, string Nonce, string Ciphertext, string Tag)
{
    private const int NonceLength = 12;
    private const int TagLength = 16;

    public static WrappedKey Wrap(byte[] dataKey, byte[] keyEncryptionKey, byte[] salt, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var ciphertext = new byte[dataKey.Length];
        var tag = new byte[TagLength];
        using var aes = new AesGcm(keyEncryptionKey, TagLength);
        aes.Encrypt(nonce, dataKey, ciphertext, tag, associatedData);
        return new WrappedKey(Convert.ToBase64String(salt), Convert.ToBase64String(nonce), Convert.ToBase64String(ciphertext), Convert.ToBase64String(tag));
    }

    public byte[] SaltBytes() => Convert.FromBase64String(Salt);

    /// <summary>The data key, or null when the key-encryption key is not the one it was wrapped with.</summary>
    public byte[]? TryUnwrap(byte[] keyEncryptionKey, byte[] associatedData)
    {
        var ciphertext = Convert.FromBase64String(Ciphertext);
        var dataKey = GC.AllocateArray<byte>(ciphertext.Length, pinned: true);
        try
        {
            using var aes = new AesGcm(keyEncryptionKey, TagLength);
            aes.Decrypt(Convert.FromBase64String(Nonce), ciphertext, Convert.FromBase64String(Tag), dataKey, associatedData);
            return dataKey;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(dataKey);
            return null;
        }
    }
}

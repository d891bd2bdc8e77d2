namespace Undertone.Data.Encryption;

/// <summary>This copy of Undertone cannot encrypt its journal: it runs on the standard SQLite, without a cipher (see <see cref="SqliteNative.Status"/>).</summary>
public sealed class EncryptionUnavailableException : Exception
{
    public EncryptionUnavailableException()
        : base("This copy of Undertone cannot encrypt its journal.")
    {
    }

    public EncryptionUnavailableException(string message)
        : base(message)
    {
    }

    public EncryptionUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

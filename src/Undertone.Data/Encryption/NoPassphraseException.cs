namespace Undertone.Data.Encryption;

/// <summary>Unlocking, changing or removing the passphrase of a journal that has none (another tab or a script may have just removed it).</summary>
public sealed class NoPassphraseException : Exception
{
    public NoPassphraseException()
        : base("The journal has no passphrase.")
    {
    }

    public NoPassphraseException(string message)
        : base(message)
    {
    }

    public NoPassphraseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

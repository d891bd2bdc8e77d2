namespace Undertone.Data.Encryption;

/// <summary>Setting a passphrase on a journal that has one already (another tab or a script may have just set it): change it or remove the lock instead.</summary>
public sealed class PassphraseAlreadySetException : Exception
{
    public PassphraseAlreadySetException()
        : base("The journal already has a passphrase; change it or remove the lock instead.")
    {
    }

    public PassphraseAlreadySetException(string message)
        : base(message)
    {
    }

    public PassphraseAlreadySetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

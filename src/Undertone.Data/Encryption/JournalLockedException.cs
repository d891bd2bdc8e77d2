namespace Undertone.Data.Encryption;

/// <summary>
/// The journal is encrypted and locked: no connection is opened until the passphrase or recovery key is given.
/// The web layer turns this into the unlock screen (pages) or 401 (API).
/// </summary>
public sealed class JournalLockedException : Exception
{
    public JournalLockedException()
        : base("The journal is locked. Unlock it with the passphrase or the recovery key.")
    {
    }

    public JournalLockedException(string message)
        : base(message)
    {
    }

    public JournalLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

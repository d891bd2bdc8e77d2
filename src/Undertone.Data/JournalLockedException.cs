namespace Undertone.Data;

/// <summary>The journal is locked: nothing can be read or written until it is unlocked.</summary>
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

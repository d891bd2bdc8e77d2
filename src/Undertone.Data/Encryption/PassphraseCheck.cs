namespace Undertone.Data.Encryption;

/// <summary>How a passphrase or recovery key given to the lock was received.</summary>
public enum PassphraseCheck
{
    /// <summary>It opened the journal's key, and the action was done.</summary>
    Accepted,

    /// <summary>It did not open the key (or a recovery key was not in the right form). Nothing changed.</summary>
    Wrong,

    /// <summary>Too many wrong tries in a row: not even checked. Try again after <see cref="PassphraseResult.RetryAfter"/>.</summary>
    WaitFirst,
}

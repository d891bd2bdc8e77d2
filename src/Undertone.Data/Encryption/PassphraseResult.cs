namespace Undertone.Data.Encryption;

/// <summary>The outcome of unlocking, changing the passphrase or removing the lock.</summary>
/// <param name="Check">Whether the passphrase or recovery key was accepted.</param>
/// <param name="RetryAfter">How long until the next try will be checked (zero unless a wait has started).</param>
public sealed record PassphraseResult(PassphraseCheck Check, TimeSpan RetryAfter)
{
    public static PassphraseResult Accepted { get; } = new(PassphraseCheck.Accepted, TimeSpan.Zero);

    public bool IsAccepted => Check == PassphraseCheck.Accepted;
}

namespace Undertone.Web.Locking;

/// <summary>The words the unlock screen, the Privacy settings and the API use about the lock. Nothing the user typed.</summary>
public static class LockMessages
{
    public const int MinimumPassphraseLength = 8;

    public const string Locked = "Your journal is locked. Unlock it with your passphrase or your recovery key.";

    public const string NobodyElse =
        "Without your passphrase or your recovery key, nobody can read your journal. That includes us: there is no "
        + "back door and no reset by email.";

    /// <summary>Why a passphrase cannot be used, or null when it can.</summary>
    public static string? CheckNewPassphrase(string? passphrase) =>
        string.IsNullOrWhiteSpace(passphrase) || passphrase.Trim().Length < MinimumPassphraseLength
            ? $"Choose a passphrase of at least {MinimumPassphraseLength} characters. A few words you will remember work well."
            : null;

    /// <summary>What to say when a passphrase or recovery key was not accepted.</summary>
    public static string NotAccepted(PassphraseResult result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Check switch
        {
            PassphraseCheck.WaitFirst =>
                $"There were a few tries that didn't match, so Undertone is pausing for a moment. You can try again in {HowLong(result.RetryAfter)}.",
            _ when result.RetryAfter > TimeSpan.Zero =>
                $"That {what} didn't match. That's okay, it happens. To keep your journal safe, the next try opens in {HowLong(result.RetryAfter)}.",
            _ => $"That {what} didn't match. Take your time and try again.",
        };
    }

    /// <summary>"5 seconds", "1 minute", "2 minutes and 30 seconds".</summary>
    public static string HowLong(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var minutes = seconds / 60;
        var rest = seconds % 60;
        var secondsText = rest == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{rest} seconds");
        if (minutes == 0)
        {
            return secondsText;
        }

        var minutesText = minutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes");
        return rest == 0 ? minutesText : $"{minutesText} and {secondsText}";
    }
}

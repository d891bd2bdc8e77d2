namespace Undertone.Domain.Encryption;

/// <summary>
/// How long to wait before the next unlock attempt after wrong passphrases or recovery keys in a row: the first
/// <see cref="FreeAttempts"/> cost nothing (typos happen), then 5 seconds, doubling each time, at most 5 minutes.
/// Key derivation already costs about a second per try; this slows down someone guessing at the keyboard.
/// </summary>
public static class UnlockBackoff
{
    public const int FreeAttempts = 3;

    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    /// <summary>The wait after <paramref name="failuresInARow"/> wrong attempts.</summary>
    public static TimeSpan After(int failuresInARow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failuresInARow);
        if (failuresInARow <= FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failuresInARow - FreeAttempts - 1, 16);
        var wait = First * Math.Pow(2, doublings);
        return wait < Longest ? wait : Longest;
    }
}

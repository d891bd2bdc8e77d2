namespace Undertone.Domain.Consent;

/// <summary>How long a record is kept: deleted after review, after a number of days, or until therapy ends.</summary>
public sealed record RetentionRule
{
    public const int MinDays = 1;
    public const int MaxDays = 365;

    private RetentionRule(RetentionKind kind, int? days)
    {
        Kind = kind;
        Days = days;
    }

    public RetentionKind Kind { get; }

    /// <summary>The number of days, only for <see cref="RetentionKind.DeleteAfterDays"/>; otherwise null.</summary>
    public int? Days { get; }

    public static RetentionRule DeleteAfterReview { get; } = new(RetentionKind.DeleteAfterReview, null);

    public static RetentionRule KeepUntilTherapyEnds { get; } = new(RetentionKind.KeepUntilTherapyEnds, null);

    /// <summary>Deleted after <paramref name="days"/> days (1 to 365).</summary>
    public static RetentionRule DeleteAfterDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, MinDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return new RetentionRule(RetentionKind.DeleteAfterDays, days);
    }

    /// <summary>Builds a rule from its kind; <paramref name="days"/> is used only for <see cref="RetentionKind.DeleteAfterDays"/>.</summary>
    public static RetentionRule From(RetentionKind kind, int? days) => kind switch
    {
        RetentionKind.DeleteAfterReview => DeleteAfterReview,
        RetentionKind.KeepUntilTherapyEnds => KeepUntilTherapyEnds,
        RetentionKind.DeleteAfterDays => DeleteAfterDays(days ?? throw new ArgumentNullException(nameof(days), "A number of days is needed.")),
    };
}

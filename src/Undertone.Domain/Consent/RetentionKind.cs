namespace Undertone.Domain.Consent;

/// <summary>How long the record is kept.</summary>
public enum RetentionKind
{
    DeleteAfterReview,
    DeleteAfterDays,
    KeepUntilTherapyEnds
}

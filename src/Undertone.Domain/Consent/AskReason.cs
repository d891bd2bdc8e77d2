namespace Undertone.Domain.Consent;

/// <summary>Why the user would like a record. The user can pick several.</summary>
public enum AskReason
{
    RememberTakeaways,
    RevisitWhenCalmer,
    TrackNextSteps,
    NoticePatterns,
    KeepTherapyPresent
}

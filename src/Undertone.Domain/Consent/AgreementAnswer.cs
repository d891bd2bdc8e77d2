namespace Undertone.Domain.Consent;

/// <summary>What the therapist said when asked.</summary>
public enum AgreementAnswer
{
    Yes,
    YesWithConditions,
    NotNow,
    No,
    SuggestedAlternative
}

namespace Undertone.Domain.Consent;

/// <summary>What the message check noticed.</summary>
public enum FindingKind
{
    Apology,
    OverExplaining,
    LegalArgument,
    Pressure,
    SecretRecording,
    MissingReason,
    MissingFormat,
    MissingPrivacy,
    MissingUse,
    MissingRoom
}

namespace Undertone.Domain.Consent;

/// <summary>How much a finding matters: a gentle note, something worth fixing, or something to fix before sending.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Serious
}

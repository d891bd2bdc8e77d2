namespace Undertone.Domain.Consent;

/// <summary>How the message reaches the therapist.</summary>
public enum Delivery
{
    Written,
    Spoken
}

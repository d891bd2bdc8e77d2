namespace Undertone.Domain.Consent;

/// <summary>How warm or direct the message sounds.</summary>
public enum Tone
{
    Warm,
    Neutral,
    Direct
}

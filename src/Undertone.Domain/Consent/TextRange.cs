namespace Undertone.Domain.Consent;

/// <summary>A stretch of a text: where it starts and how many characters it covers.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

namespace Undertone.Domain.Consent;

/// <summary>An optional, off-by-default note about what makes remembering hard. Only shown if the user chooses it.</summary>
public enum MemoryContext
{
    Adhd,
    BrainFog,
    Overwhelm,
    Dissociation,
    MemoryGaps
}

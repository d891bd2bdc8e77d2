namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// What the pattern analysis needs to know about one session recap. The journal maps its own recap to this,
/// so the analysis does not depend on how recaps are stored. Every text field may be null or empty.
/// </summary>
/// <param name="Id">The recap's id, used only to link back to it.</param>
/// <param name="SessionDate">The date of the therapy session the recap is about.</param>
/// <param name="Themes">The theme names tagged on the recap.</param>
/// <param name="WhatCameUp">"What came up".</param>
/// <param name="Takeaways">"What mattered most / key takeaways".</param>
/// <param name="NextSteps">"Next steps or homework".</param>
/// <param name="ToRevisit">"What I want to revisit": one item per line.</param>
public sealed record PatternRecap(
    int Id,
    DateOnly SessionDate,
    IReadOnlyList<string> Themes,
    string? WhatCameUp,
    string? Takeaways,
    string? NextSteps,
    string? ToRevisit)
{
    /// <summary>Whether the person wrote a takeaway for this session.</summary>
    public bool HasTakeaway { get; init; } = !string.IsNullOrWhiteSpace(Takeaways);
}

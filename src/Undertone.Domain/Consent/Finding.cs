namespace Undertone.Domain.Consent;

/// <summary>
/// Something the message check noticed: what and how much it matters, where it is in the text
/// (<see cref="Start"/> and <see cref="Length"/>; both 0 for a missing part, which has nothing to point at),
/// a one-sentence explanation, and where it helps, words to use instead (or, for a missing part, a sentence to add).
/// </summary>
public sealed record Finding(FindingKind Kind, FindingSeverity Severity, int Start, int Length, string Message, string? Suggestion);

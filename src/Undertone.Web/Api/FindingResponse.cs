namespace Undertone.Web.Api;

/// <summary>
/// One finding: kind, severity, the span (start, length) in the text, a one-sentence message and an optional suggestion.
/// The span is the sentence the finding is about (in a very long sentence, just the words), and the suggestion is a
/// whole sentence that replaces exactly that span; for a missing part the span is empty (0, 0) and the suggestion is a
/// sentence to add.
/// </summary>
public sealed record FindingResponse(FindingKind Kind, FindingSeverity Severity, int Start, int Length, string Message, string? Suggestion);

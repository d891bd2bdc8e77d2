namespace Undertone.Web.Api;

/// <summary>One finding: kind, severity, the span (start, length) in the text, a one-sentence message and an optional suggestion.</summary>
public sealed record FindingResponse(FindingKind Kind, FindingSeverity Severity, int Start, int Length, string Message, string? Suggestion);

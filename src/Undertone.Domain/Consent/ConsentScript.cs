namespace Undertone.Domain.Consent;

/// <summary>A composed message: the full text, its five parts in order, a subject for written delivery, and its length in words.</summary>
public sealed record ConsentScript(string? Subject, string Text, int WordCount, IReadOnlyList<ScriptPart> Parts);

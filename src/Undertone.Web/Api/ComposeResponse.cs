namespace Undertone.Web.Api;

/// <summary>A composed script: subject (null when spoken), text, word count, and the five parts in order.</summary>
public sealed record ComposeResponse(string? Subject, string Text, int WordCount, IReadOnlyList<ScriptPartResponse> Parts);

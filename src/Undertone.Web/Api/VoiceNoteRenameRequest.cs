namespace Undertone.Web.Api;

/// <summary>The body of <c>PUT /api/voice-notes/{id}/name</c>: <c>{"name": "After session 3"}</c> (empty: "Voice note").</summary>
public sealed record VoiceNoteRenameRequest(string? Name);

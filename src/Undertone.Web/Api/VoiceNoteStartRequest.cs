namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/recaps/{id}/voice-notes</c>: what the recorder records, e.g. <c>{"contentType": "audio/webm;codecs=opus"}</c>.</summary>
public sealed record VoiceNoteStartRequest(string? ContentType);

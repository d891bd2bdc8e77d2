namespace Undertone.Web.Api;

/// <summary>A voice note as the API lists it: no audio (that is <c>GET /api/voice-notes/{id}/audio</c>).</summary>
public sealed record VoiceNoteResponse(
    int Id,
    int RecapId,
    string Name,
    string ContentType,
    long DurationMs,
    long SizeBytes,
    bool IsFinished,
    DateTimeOffset CreatedAt,
    RetentionKind? Rule,
    int? RuleDays,
    DateTimeOffset? DeleteAt,
    long Version)
{
    public static VoiceNoteResponse From(VoiceNoteSummary note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Id, note.RecapId, note.DisplayName, note.ContentType, (long)note.Duration.TotalMilliseconds, note.SizeBytes, note.IsFinished,
            note.CreatedAt, note.Rule?.Kind, note.Rule?.Days, note.Rule?.DeleteAt, note.Version);
    }
}

using Undertone.Domain.Journal;

namespace Undertone.Data.Agreements;

/// <summary>
/// What "I've reviewed this" deleted from one recap, kept only in the page's memory for a short undo: the therapist's
/// words with their rule, and the voice notes with their audio.
/// </summary>
public sealed record ReviewedMaterial(int RecapId, string? TherapistSaid, DateTimeOffset? TherapistSaidSince, int? TherapistSaidAgreementId, IReadOnlyList<VoiceNote> VoiceNotes)
{
    public MaterialCounts Counts => new(TherapistSaid is null ? 0 : 1, VoiceNotes.Count);
}

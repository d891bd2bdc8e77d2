namespace Undertone.Data.Agreements;

/// <summary>How many pieces of session material a run of the rules deleted.</summary>
public sealed record MaterialCounts(int TherapistSaid, int VoiceNotes)
{
    public static MaterialCounts None { get; } = new(0, 0);

    public int Total => TherapistSaid + VoiceNotes;
}

namespace Undertone.Domain.Journal;

/// <summary>One piece of a voice note's audio, as the browser sent it; the pieces in order are the file.</summary>
public sealed class VoiceNoteChunk
{
    public int VoiceNoteId { get; set; }

    /// <summary>0, 1, 2… in recording order. A piece sent twice (a retried upload) is stored once.</summary>
    public int Sequence { get; set; }

    public byte[] Data { get; set; } = [];
}

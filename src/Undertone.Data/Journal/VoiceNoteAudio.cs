namespace Undertone.Data.Journal;

/// <summary>A voice note's audio as one file: the chunks in order.</summary>
public sealed record VoiceNoteAudio(int Id, string ContentType, byte[] Data, long Version);

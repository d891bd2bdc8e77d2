namespace Undertone.Data.Journal;

/// <summary>What became of one uploaded piece of a voice note.</summary>
public enum ChunkResult
{
    /// <summary>Stored (or already stored: a retried upload is not stored twice).</summary>
    Saved,

    /// <summary>The note does not exist (deleted meanwhile, or never started).</summary>
    NotFound,

    /// <summary>The note is finished; nothing more is added.</summary>
    Finished,

    /// <summary>The note would grow past its size or length limit.</summary>
    TooLong
}

using Undertone.Domain.Journal.Material;

namespace Undertone.Data.Journal;

/// <summary>A voice note as listed on its recap: no audio, just what the list shows.</summary>
public sealed record VoiceNoteSummary(
    int Id,
    int RecapId,
    string Name,
    string ContentType,
    TimeSpan Duration,
    long SizeBytes,
    bool IsFinished,
    DateTimeOffset CreatedAt,
    MaterialRule? Rule,
    long Version)
{
    /// <summary>The name shown: the person's, or "Voice note".</summary>
    public string DisplayName => Name.Length > 0 ? Name : "Voice note";
}

using Undertone.Domain.Consent;

namespace Undertone.Data.YourData;

/// <summary>
/// A voice note in <c>undertone.json</c>: everything but the audio, which is the ZIP entry named by <see cref="File"/>
/// (<c>audio/voice-note-12.webm</c>). It keeps its deletion rule, so an imported note is honoured the same way.
/// </summary>
public sealed record ExportVoiceNote
{
    public int Id { get; init; }

    public int RecapId { get; init; }

    public string? Name { get; init; }

    public string? ContentType { get; init; }

    public long DurationMs { get; init; }

    public long SizeBytes { get; init; }

    public bool IsFinished { get; init; }

    public RetentionKind? Rule { get; init; }

    public int? RuleDays { get; init; }

    public int? AgreementId { get; init; }

    public string? File { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public long Version { get; init; }
}

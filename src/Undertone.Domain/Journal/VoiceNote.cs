using Undertone.Domain.Consent;
using Undertone.Domain.Journal.Material;

namespace Undertone.Domain.Journal;

/// <summary>
/// A recap the person recorded in their own voice, kept in the database (so the passphrase lock encrypts it too) as
/// the chunks the browser sent while recording. It is session material: it keeps the deletion rule in force when it
/// was made.
/// </summary>
public sealed class VoiceNote
{
    public const int NameMaxLength = 200;

    public const int ContentTypeMaxLength = 100;

    /// <summary>At most 15 minutes a note; the recorder says so before the limit and stops there.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(15);

    /// <summary>Opus at the recorder's rate is about 4 KB a second; this leaves room for any browser's choice.</summary>
    public const long MaxBytes = 48L * 1024 * 1024;

    /// <summary>One chunk; the recorder sends one a second.</summary>
    public const int MaxChunkBytes = 1024 * 1024;

    public int Id { get; set; }

    public int RecapId { get; set; }

    /// <summary>The person's name for it; empty means "Voice note".</summary>
    public string Name { get; set; } = "";

    /// <summary>What the browser recorded, e.g. <c>audio/webm;codecs=opus</c>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The length recorded so far, as the recorder measured it (pauses left out).</summary>
    public long DurationMs { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>False while recording (or when the tab closed mid-recording: the chunks sent so far are kept).</summary>
    public bool IsFinished { get; set; }

    public RetentionKind? Rule { get; set; }

    public int? RuleDays { get; set; }

    public int? AgreementId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    public ICollection<VoiceNoteChunk> Chunks { get; set; } = [];

    /// <summary>The rule it is under, or null.</summary>
    public MaterialRule? MaterialRule => Material.MaterialRule.FromStored(Rule, RuleDays, AgreementId, CreatedAt);
}

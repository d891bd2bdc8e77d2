using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>
/// Where the user is in the builder: their choices, their edited text (null while they have not edited), the
/// follow-up alternatives, the name they typed, and which saved script (if any) they are working on.
/// </summary>
public sealed record WorkingDraft
{
    public ConsentAsk Ask { get; init; } = new();

    /// <summary>The message as the user edited it; null when it is simply the generated text.</summary>
    public string? EditedText { get; init; }

    public IReadOnlyList<FollowUpAlternative> Alternatives { get; init; } = [];

    public string Name { get; init; } = "";

    /// <summary>The saved script this draft was opened from or last saved as; null for a new message.</summary>
    public int? ScriptId { get; init; }

    /// <summary>The version of <see cref="ScriptId"/> the draft is based on, for the concurrency check on save.</summary>
    public long ScriptVersion { get; init; }

    /// <summary>
    /// The version of the working draft itself: read with the draft, and the version a save expects to replace
    /// (0 when there was none). Not part of the stored JSON.
    /// </summary>
    public long Version { get; init; }
}

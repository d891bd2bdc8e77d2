namespace Undertone.Domain.Consent;

/// <summary>
/// What the therapist said when asked, linked to the saved script that was used. One per script: asking again
/// later updates it. Format, storage, access and deletion are empty when nothing was agreed (a no, or not now).
/// </summary>
public sealed class ScriptAgreement
{
    public const int BoundariesMaxLength = ConsentAgreement.MaxBoundariesLength;

    public const int PersonMaxLength = ConsentAsk.MaxNameLength;

    public int Id { get; set; }

    public int ScriptId { get; set; }

    /// <summary>The day the user asked.</summary>
    public DateOnly AskedOn { get; set; }

    public AgreementAnswer Answer { get; set; }

    public RecordFormat? Format { get; set; }

    public StoragePlace? Storage { get; set; }

    public RecordAccess? Access { get; set; }

    /// <summary>Who else may open the record, when <see cref="Access"/> is <see cref="RecordAccess.MeAndSomeone"/>.</summary>
    public string? AccessPerson { get; set; }

    public RetentionKind? Retention { get; set; }

    /// <summary>The number of days, only when <see cref="Retention"/> is <see cref="RetentionKind.DeleteAfterDays"/>.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>Any limits the therapist set, in the user's words.</summary>
    public string Boundaries { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    /// <summary>The agreement as the domain knows it, for its one-line summary.</summary>
    public ConsentAgreement ToConsentAgreement() => new()
    {
        AskedOn = AskedOn,
        Answer = Answer,
        Format = Format,
        Storage = Storage,
        Access = Access,
        AccessPerson = AccessPerson,
        Retention = Retention switch
        {
            null => null,
            RetentionKind.DeleteAfterDays when RetentionDays is >= RetentionRule.MinDays and <= RetentionRule.MaxDays => RetentionRule.DeleteAfterDays(RetentionDays.Value),
            RetentionKind.DeleteAfterDays => null,
            { } kind => RetentionRule.From(kind, null),
        },
        Boundaries = Boundaries,
    };
}

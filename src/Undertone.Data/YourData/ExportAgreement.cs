using Undertone.Data.Consent;
using Undertone.Domain.Consent;

namespace Undertone.Data.YourData;

/// <summary>What the therapist agreed to for a saved message, in <c>undertone.json</c>.</summary>
public sealed record ExportAgreement
{
    public DateOnly AskedOn { get; init; }

    public AgreementAnswer Answer { get; init; }

    public RecordFormat? Format { get; init; }

    public StoragePlace? Storage { get; init; }

    public RecordAccess? Access { get; init; }

    public string? AccessPerson { get; init; }

    public RetentionKind? Retention { get; init; }

    public int? RetentionDays { get; init; }

    public string? Boundaries { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public long Version { get; init; }

    /// <summary>A stored agreement, for the export.</summary>
    public static ExportAgreement From(ScriptAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new ExportAgreement
        {
            AskedOn = agreement.AskedOn,
            Answer = agreement.Answer,
            Format = agreement.Format,
            Storage = agreement.Storage,
            Access = agreement.Access,
            AccessPerson = agreement.AccessPerson,
            Retention = agreement.Retention,
            RetentionDays = agreement.RetentionDays,
            Boundaries = agreement.Boundaries,
            CreatedAt = agreement.CreatedAt,
            UpdatedAt = agreement.UpdatedAt,
            Version = agreement.Version,
        };
    }

    /// <summary>What the file says was recorded, to check and store the same way as on the page.</summary>
    public AgreementInput ToInput() => new()
    {
        AskedOn = AskedOn,
        Answer = Answer,
        Format = Format,
        Storage = Storage,
        Access = Access,
        AccessPerson = AccessPerson,
        Retention = Retention,
        RetentionDays = RetentionDays,
        Boundaries = Boundaries,
    };

    /// <summary>
    /// The agreement to store, for an import of a checked file (<see cref="AgreementInput.Validate"/> found nothing):
    /// stored by the page's rules, with the file's dates (a version below 1 becomes 1).
    /// </summary>
    public ScriptAgreement ToAgreement()
    {
        var agreement = new ScriptAgreement { CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Version = Math.Max(1, Version) };
        ToInput().ApplyTo(agreement);
        return agreement;
    }
}

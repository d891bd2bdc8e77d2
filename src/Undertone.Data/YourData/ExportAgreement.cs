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
}

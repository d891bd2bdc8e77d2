using System.Text.Json.Serialization;
using Undertone.Data.Consent;
using Undertone.Domain.Consent;

namespace Undertone.Data.YourData;

/// <summary>
/// What the therapist agreed to for a saved message, in <c>undertone.json</c>: the terms as the page records them
/// (<see cref="AgreementInput"/>), then the stored agreement's dates and version.
/// </summary>
public sealed record ExportAgreement : AgreementInput
{
    // After the terms, as the file has always written them.
    [JsonPropertyOrder(1)]
    public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyOrder(1)]
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyOrder(1)]
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

    /// <summary>
    /// The agreement to store, for an import of a checked file (<see cref="AgreementInput.Validate"/> found nothing):
    /// stored by the page's rules, with the file's dates (a version below 1 becomes 1).
    /// </summary>
    public ScriptAgreement ToAgreement()
    {
        var agreement = new ScriptAgreement { CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Version = Math.Max(1, Version) };
        ApplyTo(agreement);
        return agreement;
    }
}

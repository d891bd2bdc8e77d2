using System.Text.Json.Serialization;
using Undertone.Domain.Consent;

namespace Undertone.Web.Api;

/// <summary>
/// The body of <c>POST /api/scripts/compose</c>. Nullable so a missing field can be named in the answer; the fields
/// with a default are optional (the OpenAPI document lists only the others as required).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ComposeRequest(
    IReadOnlyList<AskReason>? Reasons,
    RecordFormat? Format,
    StoragePlace? Storage,
    RecordAccess? Access,
    RetentionKind? Retention,
    RecordUse? Use,
    Tone? Tone,
    MessageLength? Length,
    Delivery? Delivery,
    string? CustomReason = null,
    IReadOnlyList<MemoryContext>? MemoryContext = null,
    string? AccessPerson = null,
    int? RetentionDays = null,
    string? SharePerson = null,
    bool? NoIsOkay = null,
    bool? OpenToAlternatives = null,
    string? TherapistName = null,
    string? UserName = null);

using System.Text.Json.Serialization;
using Undertone.Domain.Consent;

namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/scripts/compose</c>. Nullable so a missing field can be named in the answer.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ComposeRequest(
    IReadOnlyList<AskReason>? Reasons,
    string? CustomReason,
    IReadOnlyList<MemoryContext>? MemoryContext,
    RecordFormat? Format,
    StoragePlace? Storage,
    RecordAccess? Access,
    string? AccessPerson,
    RetentionKind? Retention,
    int? RetentionDays,
    RecordUse? Use,
    string? SharePerson,
    bool? NoIsOkay,
    bool? OpenToAlternatives,
    Tone? Tone,
    MessageLength? Length,
    Delivery? Delivery,
    string? TherapistName,
    string? UserName);

using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>
/// The body of <c>POST /api/scripts/compose</c>. Nullable so a missing field can be named in the answer; the fields
/// with a default are optional (the OpenAPI document lists only the others as required). <c>noIsOkay</c> and
/// <c>openToAlternatives</c> are kept for older clients: part 5's promises are always made, so only true is accepted.
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
    [property: Description(ComposeRequest.AlwaysTrue)] bool? NoIsOkay = null,
    [property: Description(ComposeRequest.AlwaysTrue)] bool? OpenToAlternatives = null,
    string? TherapistName = null,
    string? UserName = null)
{
    internal const string AlwaysTrue =
        "Always true: the message always says that no is an okay answer and that the user is open to other options. "
        + "Leave it out or send true; false is refused with 400 naming this field.";
}

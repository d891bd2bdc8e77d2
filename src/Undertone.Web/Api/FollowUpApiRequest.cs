using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/scripts/follow-up</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FollowUpApiRequest(
    IReadOnlyList<FollowUpAlternative>? Alternatives,
    Tone? Tone,
    Delivery? Delivery,
    string? TherapistName = null,
    string? UserName = null);

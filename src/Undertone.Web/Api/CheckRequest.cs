using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/scripts/check</c>: a message (composed or edited) and the length it is meant to be.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckRequest(string? Text, MessageLength? Length);

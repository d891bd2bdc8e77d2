using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>
/// The body of <c>POST /api/scripts/check</c>: a message (composed or edited), the length it is meant to be, and
/// optionally its tone (the tone of the sentences the check suggests; neutral when left out).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckRequest(string? Text, MessageLength? Length, Tone? Tone = null);

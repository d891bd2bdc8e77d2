namespace Undertone.Web.Api;

/// <summary>What the message check found, in text order, missing parts last.</summary>
public sealed record CheckResponse(IReadOnlyList<FindingResponse> Findings);

namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/data/wipe</c>: <c>{"confirm": "delete everything"}</c>.</summary>
public sealed record WipeRequest(string? Confirm);

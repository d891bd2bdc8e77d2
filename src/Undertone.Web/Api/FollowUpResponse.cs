namespace Undertone.Web.Api;

/// <summary>A composed follow-up message.</summary>
public sealed record FollowUpResponse(string Text);

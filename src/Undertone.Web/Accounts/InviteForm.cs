namespace Undertone.Web.Accounts;

/// <summary>What the owner posts to make an invite: an optional note to tell invites apart.</summary>
public sealed record InviteForm(string? Label);

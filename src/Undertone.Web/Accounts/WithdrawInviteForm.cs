namespace Undertone.Web.Accounts;

/// <summary>What the owner posts to withdraw an invite.</summary>
public sealed record WithdrawInviteForm(Guid? Id);

namespace Undertone.Web.Accounts;

/// <summary>What deleting an account posts: the password and the typed words.</summary>
public sealed record DeleteAccountForm(string? Password, string? Confirmation);

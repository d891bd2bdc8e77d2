namespace Undertone.Web.Accounts;

/// <summary>What the set-up page posts: the link's token and the owner's new account.</summary>
public sealed record SetUpForm(string? Token, string? UserName, string? Password, string? ConfirmPassword);

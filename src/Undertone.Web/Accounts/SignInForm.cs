namespace Undertone.Web.Accounts;

/// <summary>What the sign-in page posts.</summary>
public sealed record SignInForm(string? UserName, string? Password);

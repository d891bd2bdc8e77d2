namespace Undertone.Web.Accounts;

/// <summary>What turning authenticator codes off posts: a code from the app, or the password (the other left empty).</summary>
public sealed record TurnOffCodesForm(string? Code, string? Password);

namespace Undertone.Web.Accounts;

/// <summary>What the authenticator pages post: a code from the app (or, when signing in, a recovery code).</summary>
public sealed record CodeForm(string? Code);

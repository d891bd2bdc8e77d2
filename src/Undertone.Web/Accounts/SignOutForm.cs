namespace Undertone.Web.Accounts;

/// <summary>What the sign-out button posts: nothing but its antiforgery token (binding a form is what makes the endpoint check it).</summary>
public sealed record SignOutForm(string? Reason);

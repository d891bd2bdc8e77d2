namespace Undertone.Web.Accounts;

/// <summary>What the change-password page posts.</summary>
public sealed record ChangePasswordForm(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

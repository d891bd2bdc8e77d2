using Microsoft.AspNetCore.Identity;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's rules for passwords and failed sign-ins: long passwords without composition rules (NIST SP 800-63B:
/// length helps, forced symbols don't), and a pause after repeated failures.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;

    public const int FailuresBeforePause = 5;

    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = FailuresBeforePause;
        options.Lockout.DefaultLockoutTimeSpan = Pause;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>Identity's error for a password, in our own words where we have them.</summary>
    public static string Describe(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => $"Your password needs at least {MinimumPasswordLength} characters.",
            nameof(IdentityErrorDescriber.DuplicateUserName) => "That user name is taken. Please pick another.",
            nameof(IdentityErrorDescriber.InvalidUserName) => "A user name can have letters, numbers, and . _ - @ + but no spaces.",
            _ => error.Description,
        };
    }
}

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

    /// <summary>How long an invite link works, unless it is used or withdrawn first.</summary>
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    /// <summary>What a person types to confirm deleting their account (with their password).</summary>
    public const string DeleteConfirmation = "delete my account";

    /// <summary>The refusal after too many wrong passwords or codes in a row (sign-in, codes, and the account pages alike).</summary>
    public static string PausedMessage =>
        $"There were too many tries in a row, so this account is paused for {Pause.TotalMinutes:0} minutes. Please try again after that.";

    /// <summary>
    /// The sign-in page's one refusal, for a wrong password, a paused account and a name nobody has alike: a different
    /// answer would tell anyone which user names exist here (and let them pause those accounts on purpose).
    /// </summary>
    public static string SignInRefusal =>
        $"That user name and password don't match, or the account is paused for {Pause.TotalMinutes:0} minutes after too many tries. Please check them and try again.";

    /// <summary>What is wrong with a new account's name and password before Identity checks them (empty when nothing is).</summary>
    public static List<string> CheckNewAccount(string userName, string? password, string? confirmPassword)
    {
        var problems = new List<string>();
        if (userName.Length == 0)
        {
            problems.Add("Please choose a user name.");
        }

        if (!string.Equals(password, confirmPassword, StringComparison.Ordinal))
        {
            problems.Add("The two passwords are not the same. Please type them again.");
        }

        return problems;
    }

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
        options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
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

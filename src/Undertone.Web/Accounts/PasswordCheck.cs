namespace Undertone.Web.Accounts;

/// <summary>
/// The current password, asked again before something that matters (a new password, codes off, deleting the
/// account). Wrong answers count toward the same pause as signing in, so a borrowed open tab cannot be used to guess it.
/// </summary>
internal static class PasswordCheck
{
    /// <summary>Null when the password is right, else what to say.</summary>
    public static async Task<string?> ProblemAsync(SignInManager<Account> signIn, Account account, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Please type your current password.";
        }

        var result = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        return result.Succeeded ? null
            : result.IsLockedOut ? AccountRules.PausedMessage
            : "That isn't your current password. Please try again.";
    }
}

using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Undertone.Web.Accounts;

/// <summary>
/// Signs in with a password so that a name nobody has, and an account already paused, take as long to refuse as a
/// wrong password: Identity answers those two at once, without hashing, so the time alone told anyone which user
/// names exist here. For them this checks the password against a hash of nothing, with the same hasher and settings.
/// </summary>
public sealed class EqualWorkSignIn(IPasswordHasher<Account> hasher)
{
    // Made once per process with the app's own hasher (a race makes it twice; either one does).
    private static string? _hashOfNothing;

    public async Task<SignInResult> PasswordSignInAsync(SignInManager<Account> signIn, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var account = await signIn.UserManager.FindByNameAsync(userName);
        if (account is null || await signIn.UserManager.IsLockedOutAsync(account))
        {
            _hashOfNothing ??= hasher.HashPassword(new Account(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new Account(), _hashOfNothing, password);
        }

        return account is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
    }
}

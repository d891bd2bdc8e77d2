using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Accounts;

/// <summary>
/// The first account, made once: only with this start's unspent set-up token and only while no account exists. One at a time,
/// so two people racing with the same link cannot both become owners.
/// </summary>
public sealed class OwnerSetUp(SetUpToken token, IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>True while nobody has an account (the set-up link still works).</summary>
    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return !await accounts.Users.AnyAsync(cancellationToken);
    }

    /// <summary>True when <paramref name="candidate"/> is this start's token and nobody has an account yet.</summary>
    public async Task<bool> AcceptsAsync(string? candidate, CancellationToken cancellationToken) =>
        token.Matches(candidate) && await IsOpenAsync(cancellationToken);

    /// <summary>
    /// Makes the owner's account, or says why not: null with the link no longer working, else the problems
    /// (empty when made).
    /// </summary>
    public async Task<(Account? Owner, IReadOnlyList<string> Problems)> CreateOwnerAsync(SetUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (!await AcceptsAsync(form.Token, cancellationToken))
            {
                return (null, []);
            }

            var userName = form.UserName?.Trim() ?? string.Empty;
            var problems = AccountRules.CheckNewAccount(userName, form.Password, form.ConfirmPassword);
            if (problems.Count > 0)
            {
                return (null, problems);
            }

            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var owner = new Account { UserName = userName, IsOwner = true };
            var made = await users.CreateAsync(owner, form.Password ?? string.Empty);
            if (!made.Succeeded)
            {
                return (null, made.Errors.Select(AccountRules.Describe).ToList());
            }

            token.Spend();
            return (owner, []);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}

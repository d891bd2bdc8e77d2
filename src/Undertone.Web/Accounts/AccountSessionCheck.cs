using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Undertone.Web.Accounts;

/// <summary>
/// An open tab ends when its person signs out elsewhere, changes their password or deletes their account: every
/// <see cref="Interval"/> the circuit checks that its account still exists with the security stamp it signed in with
/// (each of those changes the stamp). When not, the circuit's person becomes nobody — the stores read nothing and
/// save nothing (<see cref="PersonCircuitHandler"/>) — and <c>SignedOutElsewhere</c> sends the tab to the sign-in page.
/// HTTP requests check the stamp on every request (<see cref="ServerModeServices"/>), so a reload ends at once. When
/// PostgreSQL tells this server of the change (<see cref="AccountChanges"/>, whichever instance made it), the tab
/// checks at once instead of at its interval.
/// </summary>
public sealed class AccountSessionCheck : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState Nobody = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IdentityOptions> _identity;
    private readonly AccountChanges _changes;
    private readonly Lock _watchLock = new();
    private IDisposable? _watch;
    private bool _disposed;

    public AccountSessionCheck(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IConfiguration configuration, AccountChanges changes)
        : base(loggers)
    {
        _scopes = scopes;
        _identity = identity;
        _changes = changes;
        Interval = configuration.GetValue(IntervalSetting, TimeSpan.FromMinutes(1));
        AuthenticationStateChanged += OnStateChanged;
    }

    /// <summary>How often an open tab checks (<c>Undertone:SessionCheckInterval</c>, default one minute).</summary>
    public const string IntervalSetting = "Undertone:SessionCheckInterval";

    public TimeSpan Interval { get; }

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return IsStillValidAsync(authenticationState.User);
    }

    /// <summary>True while the account of <paramref name="user"/> exists and still has the security stamp in its cookie.</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal user)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.GetUserAsync(user);
        if (account is null)
        {
            return false;
        }

        var stamp = user.FindFirstValue(_identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return string.Equals(stamp, await users.GetSecurityStampAsync(account), StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= OnStateChanged;
            lock (_watchLock)
            {
                _disposed = true;
                _watch?.Dispose();
                _watch = null;
            }
        }

        base.Dispose(disposing);
    }

    private void OnStateChanged(Task<AuthenticationState> state) => _ = WatchItsAccountAsync(state);

    private async Task WatchItsAccountAsync(Task<AuthenticationState> state)
    {
        try
        {
            var user = (await state).User;
            var person = user.PersonId();
            lock (_watchLock)
            {
                _watch?.Dispose();
                _watch = person is { } id && !_disposed ? _changes.Watch(id, () => CheckNowAsync(user)) : null;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failed state is the framework's to report; this tab then checks on its interval as before.
        }
    }

    // Run by AccountChanges in its turn; a failure is left to it, and the regular check on the interval tries again.
    private async Task CheckNowAsync(ClaimsPrincipal user)
    {
        if (!await IsStillValidAsync(user))
        {
            SetAuthenticationState(Task.FromResult(Nobody));
        }
    }
}

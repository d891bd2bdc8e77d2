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
/// HTTP requests check the stamp on every request (<see cref="ServerModeServices"/>), so a reload ends at once.
/// </summary>
public sealed class AccountSessionCheck(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    /// <summary>How often an open tab checks (<c>Undertone:SessionCheckInterval</c>, default one minute).</summary>
    public const string IntervalSetting = "Undertone:SessionCheckInterval";

    public TimeSpan Interval { get; } = configuration.GetValue(IntervalSetting, TimeSpan.FromMinutes(1));

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return IsStillValidAsync(authenticationState.User);
    }

    /// <summary>True while the account of <paramref name="user"/> exists and still has the security stamp in its cookie.</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal user)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.GetUserAsync(user);
        if (account is null)
        {
            return false;
        }

        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return string.Equals(stamp, await users.GetSecurityStampAsync(account), StringComparison.Ordinal);
    }
}

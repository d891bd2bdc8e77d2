using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode: "delete my account" empties the journal and deletes the account, but a save already on its way (an open
/// tab's autosave in the minute before it checks its session again, a slow upload) can land after that, under an id
/// nobody can sign in as or delete for any more. So each deleted account's id is kept for a day
/// (<see cref="ClosedAccount"/>), and every <see cref="Period"/> this empties those journals again, on one instance at a
/// time (<see cref="EveryPerson"/>), then forgets the ids that are more than <see cref="KeepFor"/> old. Logs counts only.
/// </summary>
public sealed partial class ClosedAccountSweep(
    EveryPerson everyone,
    DataWipe wipe,
    IServiceScopeFactory scopes,
    DatabaseMigrator migrator,
    TimeProvider clock,
    ILogger<ClosedAccountSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    /// <summary>How long a deleted account's id is kept: far longer than any request or open tab can take to notice.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    /// <summary>The PostgreSQL advisory lock one instance holds while it sweeps ("Undert", then 2).</summary>
    public const long LockKey = 0x556E_6465_7274_0002;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One sweep. Returns how many closed journals it emptied, or null when another instance is sweeping or the database could not be reached.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
            var swept = await everyone.RunForAsync(
                LockKey,
                accounts => accounts.ClosedAccounts.Where(c => !accounts.Users.Any(a => a.Id == c.Id)).Select(c => c.Id),
                ct => wipe.DeleteEverythingAsync(cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            if (swept is null)
            {
                return null;
            }

            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
                var before = clock.GetUtcNow() - KeepFor;
                await accounts.ClosedAccounts.Where(c => c.ClosedAt < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (swept > 0)
            {
                LogSwept(logger, swept.Value);
            }

            return swept;
        }
        catch (DbException ex)
        {
            // The database is down or restarting. Its code only, never its message.
            LogUnreachable(logger, ex.SqlState ?? ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed-account sweep emptied {Count} deleted accounts' journals again")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed-account sweep could not run ({Failure}); the next run tries again")]
    private static partial void LogUnreachable(ILogger logger, string failure);
}

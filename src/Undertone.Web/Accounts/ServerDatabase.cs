using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Keys;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's start-up migrations: the journals (which first refuses an unsafe database role), then the accounts,
/// then the Data Protection keys.
/// A database that cannot be reached or a role it refuses stops Undertone with a message that says what to fix.
/// </summary>
public sealed class ServerDatabase(string connectionString, IDbContextFactory<UndertoneDbContext> journals, IServiceScopeFactory scopes)
{
    /// <summary>
    /// The PostgreSQL advisory lock an instance holds while it migrates ("Undert", then 3): instances started together on
    /// a new database take turns, so the second finds the first's work done instead of making the same tables again.
    /// </summary>
    public const long LockKey = 0x556E_6465_7274_0003;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var turn = await AdvisoryLock.WaitForAsync(connectionString, LockKey, cancellationToken);
            var db = await journals.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                await UndertonePostgres.MigrateAsync(db, cancellationToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            await PostgresMigrations.RunAsync(scope.ServiceProvider.GetRequiredService<AccountsDbContext>(), cancellationToken);
            await PostgresMigrations.RunAsync(scope.ServiceProvider.GetRequiredService<ServerKeysDbContext>(), cancellationToken);
        }
        catch (Exception ex) when ((ex as DbException ?? ex.InnerException as DbException) is { } database)
        {
            // The provider's own words (never the password: it does not repeat the connection string). EF's retrying
            // strategy wraps a refused connection in an InvalidOperationException.
            throw new ServerModeRefusedException(
                $"Undertone could not reach its PostgreSQL database (ConnectionStrings:{AppModeSetting.ConnectionStringName}): {database.Message}", ex);
        }
        catch (UnsafeDatabaseRoleException ex)
        {
            throw new ServerModeRefusedException(ex.Message, ex);
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Undertone.Data;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Accounts;
using Undertone.Web.Hosting;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's start-up migrations: the journals (which first refuses an unsafe database role), then the accounts.
/// A database that cannot be reached or a role it refuses stops Undertone with a message that says what to fix.
/// </summary>
public sealed class ServerDatabase(IDbContextFactory<UndertoneDbContext> journals, IServiceScopeFactory scopes)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var db = await journals.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                await UndertonePostgres.MigrateAsync(db, cancellationToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.MigrateAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            // The provider's own words (no password: it never repeats the connection string).
            throw new ServerModeRefusedException(
                $"Undertone could not reach its PostgreSQL database (ConnectionStrings:{AppModeSetting.ConnectionStringName}): {ex.Message}", ex);
        }
        catch (UnsafeDatabaseRoleException ex)
        {
            throw new ServerModeRefusedException(ex.Message, ex);
        }
    }
}

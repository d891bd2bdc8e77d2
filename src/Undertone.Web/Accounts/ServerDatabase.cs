using Microsoft.EntityFrameworkCore;
using Undertone.Data;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Accounts;

namespace Undertone.Web.Accounts;

/// <summary>Server mode's start-up migrations: the journals (which first refuses an unsafe database role), then the accounts.</summary>
public sealed class ServerDatabase(IDbContextFactory<UndertoneDbContext> journals, IServiceScopeFactory scopes)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var db = await journals.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            await UndertonePostgres.MigrateAsync(db, cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.MigrateAsync(cancellationToken);
    }
}

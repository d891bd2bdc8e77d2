using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Undertone.Data;

namespace Undertone.Web.Hosting;

/// <summary>Checks and migrates the database, and tidies its search index, before the server accepts its first request.</summary>
internal sealed class DatabaseMigrator(
    IDbContextFactory<UndertoneDbContext> dbFactory,
    UndertonePaths paths,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Undertone keeps its data in {DataDirectory}", paths.DataDirectory);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            await UndertoneDatabase.MigrateAsync(db, paths.DatabaseFile, cancellationToken);
            try
            {
                await UndertoneDatabase.OptimizeSearchIndexAsync(db, cancellationToken);
            }
            catch (SqliteException ex)
            {
                // Tidying is worth having, not worth refusing to start over: search and the journal still work.
                logger.LogWarning(ex, "Could not tidy the search index; the next start tries again");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

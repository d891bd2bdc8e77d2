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
            await UndertoneDatabase.OptimizeSearchIndexAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

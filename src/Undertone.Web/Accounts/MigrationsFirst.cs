namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's start-up migrations, run before any other start-up work: ASP.NET Core Data Protection reads its keys
/// as it starts, and in server mode they live in a table these migrations make (docs/decisions/014). The migrator's
/// own start later finds the work done.
/// </summary>
internal sealed class MigrationsFirst(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

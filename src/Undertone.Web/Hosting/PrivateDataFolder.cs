namespace Undertone.Web.Hosting;

/// <summary>
/// At start-up, after the database is ready: writes this start's access token, makes every file in the data folder
/// owner-only (the database and its -wal/-shm included; SQLite gives later -wal/-shm files the database's mode), and
/// says in the log when anything already there had been open to other accounts.
/// </summary>
internal sealed partial class PrivateDataFolder(
    UndertonePaths paths,
    AccessToken token,
    PrivateFolderReport report,
    ILogger<PrivateDataFolder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        token.WriteTo(paths.AccessTokenFile);
        // Files this start created (SQLite's, before it knew better) are tightened quietly; the folder kept them private.
        PrivateFiles.Tighten(paths.DataDirectory);
        if (report.Loosened.Count > 0)
        {
            LogTightened(logger, report.Loosened.Count, paths.DataDirectory);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} files or folders in {DataDirectory} could be read by other accounts on this computer; they are now private to this account")]
    private static partial void LogTightened(ILogger logger, int count, string dataDirectory);
}

namespace Undertone.Web.Components.Shared;

/// <summary>
/// How a page calls a store: runs the call, and if it fails, logs it once and gives the page the calm message to
/// show while it keeps what the user typed. A file, disk or lock problem is logged as a warning with its reason; any
/// other failure is a bug, logged as an error with its stack trace. Neither log carries what the user wrote.
/// </summary>
public sealed class StoreCall(ILogger<StoreCall> logger)
{
    public async Task<StoreOutcome<T>> RunAsync<T>(StoreAction action, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return new StoreOutcome<T>(await call(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new StoreOutcome<T>(default, Report(action, ex));
        }
    }

    public Task<StoreOutcome<bool>> RunAsync(StoreAction action, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RunAsync(action, async () =>
        {
            await call();
            return true;
        });
    }

    /// <summary>Runs a page's reading: null when it worked, the message to show when it didn't.</summary>
    public async Task<string?> TryLoadAsync(Func<Task> load) => (await RunAsync(StoreAction.Load, load)).Problem;

    private string Report(StoreAction action, Exception exception)
    {
        if (exception is SqliteOnlyException notYet)
        {
            logger.LogInformation("{Feature} was asked for in server mode, which does not have it yet", notYet.Feature);
            return StoreMessages.NotInServerModeYet;
        }

        var problem = StorageFailure.Classify(exception);
        if (problem is { } known)
        {
            logger.LogWarning("The journal could not be reached ({Problem}) during {Action}", known, action);
        }
        else
        {
            logger.LogError("A bug during {Action}: {Failure}", action, StorageFailure.Describe(exception));
        }

        return StoreMessages.For(action, problem);
    }
}

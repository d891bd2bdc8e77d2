using Undertone.Language;

namespace Undertone.Web.Consent;

/// <summary>
/// Loads the message check's meaning model in the background once the app has started, so start-up neither waits for
/// it nor shares the CPU with it: until it is ready, <see cref="Judge"/> is null and the check runs on its rules alone
/// (which flag less, so nothing alarming appears meanwhile). The model is immutable and shared by every host in the
/// process.
/// </summary>
public sealed class MeaningModelHost(ILogger<MeaningModelHost> logger) : IHostedLifecycleService
{
    private static readonly Lazy<MeaningModel> Shared = new(MeaningModel.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private volatile IMeaningJudge? _judge;
    private Task? _loading;

    /// <summary>The model once this host has loaded it; null before that (or if it could not load).</summary>
    public IMeaningJudge? Judge => _judge;

    /// <summary>Called once the app has started: the load begins, and nothing waits for it.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _ = LoadAsync();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Starts loading the model (once), and completes when it has loaded or failed to.</summary>
    public Task LoadAsync() => _loading ??= Task.Run(() =>
    {
        try
        {
            _judge = Shared.Value;
        }
        catch (InvalidOperationException exception)
        {
            // A build without the model's files: the check keeps working with its rules.
            logger.LogWarning(exception, "The message check's meaning model could not load; the check uses its rules alone.");
        }
    });
}

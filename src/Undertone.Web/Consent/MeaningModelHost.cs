using Undertone.Language;

namespace Undertone.Web.Consent;

/// <summary>
/// Loads the message check's meaning model in the background when the app starts, so start-up does not wait for it:
/// until it is ready, <see cref="Judge"/> is null and the check runs on its rules alone (which flag less, so nothing
/// alarming appears meanwhile). The model is immutable and shared by every host in the process.
/// </summary>
public sealed class MeaningModelHost(ILogger<MeaningModelHost> logger) : IHostedService
{
    private static readonly Lazy<MeaningModel> Shared = new(MeaningModel.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private volatile IMeaningJudge? _judge;

    /// <summary>The model once this host has loaded it; null before that (or if it could not load).</summary>
    public IMeaningJudge? Judge => _judge;

    /// <summary>Completes when the model has loaded (or failed to).</summary>
    public Task Ready { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Ready = Task.Run(() =>
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
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

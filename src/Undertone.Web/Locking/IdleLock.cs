namespace Undertone.Web.Locking;

/// <summary>
/// Looks every <see cref="CheckEvery"/> (on the injected <see cref="TimeProvider"/>, so tests can move a fake clock)
/// whether Undertone has been idle for the time the person chose, and locks the journal if so.
/// </summary>
public sealed class IdleLock(LockKeeper keeper, TimeProvider time) : IHostedService, IDisposable
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(_ => _ = keeper.LockIfIdleAsync(), null, CheckEvery, CheckEvery);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}

namespace Undertone.Web.Export;

/// <summary>
/// Progress from a background job, passed on to the page at most once per <paramref name="interval"/> so a fast
/// job does not flood the connection with screen updates. The first report, and the one that reaches
/// <paramref name="total"/> (so the page never shows a stale count while the file is finished), are always passed on.
/// Meant for one reporting thread (the job); <see cref="Latest"/> may be read from any thread.
/// </summary>
public sealed class ThrottledProgress(TimeProvider clock, TimeSpan interval, int total, Action show) : IProgress<int>
{
    private int _latest;
    private long _shownAt;
    private bool _shown;

    /// <summary>The most recent value reported, shown or not.</summary>
    public int Latest => Volatile.Read(ref _latest);

    public void Report(int value)
    {
        Volatile.Write(ref _latest, value);
        var now = clock.GetTimestamp();
        if (_shown && value < total && clock.GetElapsedTime(_shownAt, now) < interval)
        {
            return;
        }

        _shown = true;
        _shownAt = now;
        show();
    }
}

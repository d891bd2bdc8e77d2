namespace Undertone.Web.Tests.Export;

public sealed class ThrottledProgressTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _clock = new();
    private int _shown;

    /// <summary>Progress towards 200, told <paramref name="reported"/> so far (all at the same moment).</summary>
    private ThrottledProgress Create(params int[] reported)
    {
        var progress = new ThrottledProgress(_clock, Interval, total: 200, () => _shown++);
        foreach (var count in reported)
        {
            progress.Report(count);
        }

        return progress;
    }

    /// <summary>The page was told to redraw <paramref name="times"/> times, and would now show <paramref name="latest"/>.</summary>
    private void AssertShown(int times, int latest, ThrottledProgress progress)
    {
        Assert.Equal(times, _shown);
        Assert.Equal(latest, progress.Latest);
    }

    [Fact]
    public void FirstReport_IsShownAtOnce()
    {
        var progress = Create();

        progress.Report(1);

        AssertShown(times: 1, latest: 1, progress);
    }

    [Fact]
    public void ManyReportsWithinTheInterval_AreShownOnce_ButTheLatestIsKept()
    {
        var progress = Create();

        for (var i = 1; i <= 199; i++)
        {
            progress.Report(i);
        }

        AssertShown(times: 1, latest: 199, progress);
    }

    [Fact]
    public void AReportAfterTheInterval_IsShownAgain()
    {
        var progress = Create(1, 2);

        _clock.Advance(Interval);
        progress.Report(3);

        AssertShown(times: 2, latest: 3, progress);
    }

    [Fact]
    public void TheLastReport_IsAlwaysShown()
    {
        var progress = Create(198, 199);

        progress.Report(200);

        AssertShown(times: 2, latest: 200, progress);
    }
}

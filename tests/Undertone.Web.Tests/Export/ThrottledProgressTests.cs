namespace Undertone.Web.Tests.Export;

public sealed class ThrottledProgressTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _clock = new();
    private int _shown;

    private ThrottledProgress Create() => new(_clock, Interval, total: 200, () => _shown++);

    [Fact]
    public void FirstReport_IsShownAtOnce()
    {
        var progress = Create();

        progress.Report(1);

        Assert.Equal(1, _shown);
        Assert.Equal(1, progress.Latest);
    }

    [Fact]
    public void ManyReportsWithinTheInterval_AreShownOnce_ButTheLatestIsKept()
    {
        var progress = Create();

        for (var i = 1; i <= 199; i++)
        {
            progress.Report(i);
        }

        Assert.Equal(1, _shown);
        Assert.Equal(199, progress.Latest);
    }

    [Fact]
    public void AReportAfterTheInterval_IsShownAgain()
    {
        var progress = Create();
        progress.Report(1);
        progress.Report(2);

        _clock.Advance(Interval);
        progress.Report(3);

        Assert.Equal(2, _shown);
        Assert.Equal(3, progress.Latest);
    }

    [Fact]
    public void TheLastReport_IsAlwaysShown()
    {
        var progress = Create();
        progress.Report(198);
        progress.Report(199);

        progress.Report(200);

        Assert.Equal(2, _shown);
        Assert.Equal(200, progress.Latest);
    }
}

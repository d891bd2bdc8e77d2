namespace Undertone.Web.Tests.Settings;

public sealed class DataWorkProgressTests : ComponentTestBase
{
    [Theory]
    [InlineData(DataStep.WritingJson, 4200, 10000, "Writing undertone.json: 4,200 of 10,000 recaps.", 21)]
    [InlineData(DataStep.WritingMarkdown, 5000, 10000, "Writing the Markdown files: 5,000 of 10,000 recaps.", 75)]
    [InlineData(DataStep.AddingRecaps, 500, 2000, "Adding recaps: 500 of 2,000.", 25)]
    [InlineData(DataStep.WritingJson, 0, 0, "Writing undertone.json: 0 of 0 recaps.", 50)]
    [InlineData(DataStep.Removing, 0, 0, "Removing what is here…", null)]
    [InlineData(DataStep.WipingFiles, 0, 0, "Clearing the deleted words out of the files on this computer…", null)]
    [InlineData(DataStep.Finished, 3, 3, "Finished.", 100)]
    public void Describe_SaysWhatIsHappeningAndHowFar(DataStep step, int done, int total, string text, int? percent)
    {
        var progress = new DataProgress(step, done, total);

        Assert.Equal(text, DataWorkProgress.Describe(progress));
        Assert.Equal(percent, DataWorkProgress.PercentOf(progress));
    }

    [Fact]
    public void Every_Step_HasWords() =>
        Assert.All(Enum.GetValues<DataStep>(), step => Assert.False(string.IsNullOrWhiteSpace(DataWorkProgress.Describe(new DataProgress(step, 1, 2)))));

    [Fact]
    public void Running_FromTheFirstReport_UntilFinishedOrStopped()
    {
        var work = new DataWorkProgress();
        var changes = 0;
        work.Changed += () => changes++;

        Assert.False(work.IsRunning);
        work.Report(new DataProgress(DataStep.AddingRecaps, 0, 10));
        Assert.True(work.IsRunning);
        work.Report(new DataProgress(DataStep.Stopped, 0, 0));
        Assert.False(work.IsRunning);
        work.Clear();
        Assert.Null(work.Latest);
        Assert.Equal(3, changes);
    }

    [Fact]
    public void Status_WhileRunning_ShowsACountedBarAndSaysHowFar_ThenTheMessage()
    {
        var work = new DataWorkProgress();
        work.Report(new DataProgress(DataStep.AddingRecaps, 1500, 6000));
        var cut = Render<DataWorkStatus>(p => p.Add(c => c.Work, work).Add(c => c.Label, "Import progress").Add(c => c.Message, "Done."));

        var bar = cut.Find("[role=progressbar]");
        Assert.Equal("Import progress", bar.GetAttribute("aria-label"));
        Assert.Equal("25", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("Adding recaps: 1,500 of 6,000.", cut.Find("[role=status]").TextContent);

        work.Report(new DataProgress(DataStep.Finished, 6000, 6000));
        cut.Render();

        Assert.Empty(cut.FindAll("[role=progressbar]"));
        Assert.Equal("Done.", cut.Find("[role=status]").TextContent);
    }
}

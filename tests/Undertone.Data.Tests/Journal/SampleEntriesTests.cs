namespace Undertone.Data.Tests.Journal;

/// <summary>The sample entries: added once (also on two clicks), removed in one go, the user's own data left alone.</summary>
public sealed class SampleEntriesTests : JournalTestBase
{
    [Fact]
    public async Task SampleEntries_AreAddedOnce_AndRemovedInOneGo_LeavingTheUsersOwnData()
    {
        await SaveNewAsync(Draft("my own recap", "Work"));
        await Questions.AddQuestionAsync("My own question");

        await Samples.AddSampleEntriesAsync();
        await Samples.AddSampleEntriesAsync();
        var withSamples = await Recaps.ListRecapsAsync(RecapFilter.All, 0, 100);
        Assert.Equal(9, withSamples.TotalCount);
        Assert.All(withSamples.Items.Where(r => r.IsSample), r => Assert.StartsWith(SampleJournal.LabelPrefix, r.Label, StringComparison.Ordinal));
        Assert.True(await Samples.HasSampleEntriesAsync());

        await Samples.RemoveSampleEntriesAsync();

        var left = await Recaps.ListRecapsAsync(RecapFilter.All, 0, 100);
        Assert.Equal("my own recap", Assert.Single(left.Items).Excerpt);
        Assert.Equal("My own question", Assert.Single(await Questions.ListQuestionsAsync()).Text);
        Assert.Equal("Work", Assert.Single(await Themes.ListThemesAsync()).Name);
        Assert.False(await Samples.HasSampleEntriesAsync());
        Assert.Equal(2, await SearchIndexRowCountAsync());
    }

    [Fact]
    public async Task AddSampleEntries_TwoClicksAtOnce_AddTheSamplesOnce()
    {
        var other = new SampleEntries(Database, Clock);

        await Task.WhenAll(Samples.AddSampleEntriesAsync(), other.AddSampleEntriesAsync());
        var once = (await Recaps.ListRecapsAsync(new RecapFilter(), 0, 100)).Items.Count;
        await Samples.AddSampleEntriesAsync();

        Assert.True(once > 0);
        Assert.Equal(once, (await Recaps.ListRecapsAsync(new RecapFilter(), 0, 100)).Items.Count);
        Assert.Equal(SampleJournal.Create(Today).Questions.Count, (await Questions.ListQuestionsAsync()).Count);
    }
}

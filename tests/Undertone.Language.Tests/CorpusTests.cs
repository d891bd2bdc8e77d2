namespace Undertone.Language.Tests;

public sealed class CorpusTests
{
    private static readonly IReadOnlyList<LabelledExample> Corpus = LabelledCorpus.Load();

    [Fact]
    public void TheCorpus_HasOverThreeHundredItems_WithUniqueIds_AndKnownSplits()
    {
        Assert.True(Corpus.Count >= 300);
        Assert.Equal(Corpus.Count, Corpus.Select(e => e.Id).Distinct().Count());
        Assert.All(Corpus, e => Assert.Contains(e.Split, new[] { LabelledCorpus.Train, LabelledCorpus.Dev, LabelledCorpus.Test }));
        Assert.All(Corpus, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Fact]
    public void EveryLabel_IsKnown_AndWrittenInTheCorpusOrder()
    {
        var order = LabelledExample.LabelNames.Select(l => l.Name).ToList();
        Assert.All(Corpus, e => Assert.Equal(e.Labels.OrderBy(order.IndexOf), e.Labels));
        Assert.All(Corpus, e => Assert.All(e.Labels, l => Assert.Contains(l, order)));
    }

    [Theory]
    [InlineData(LabelledCorpus.Train)]
    [InlineData(LabelledCorpus.Dev)]
    [InlineData(LabelledCorpus.Test)]
    public void EverySplit_HasItemsWithAndWithoutEachLabel(string split)
    {
        var items = Corpus.Where(e => e.Split == split).ToList();
        foreach (var (name, meaning) in LabelledExample.LabelNames)
        {
            Assert.True(items.Count(e => e.Meaning.HasFlag(meaning)) >= 8, $"{split} has too few items with {name}.");
            Assert.True(items.Count(e => !e.Meaning.HasFlag(meaning)) >= 8, $"{split} has too few items without {name}.");
        }
    }

    [Fact]
    public void NoText_IsInTwoSplits()
    {
        var splitsByText = Corpus.GroupBy(e => e.Text.Trim().ToLowerInvariant()).Where(g => g.Select(e => e.Split).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(splitsByText);
    }
}

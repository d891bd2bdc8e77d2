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

    [Fact]
    public void CrossValidation_NeverSeesTheTestSplit_AndJudgesEveryOtherItemOnce()
    {
        var folds = MeaningTrainer.CrossValidationFolds(Corpus).ToList();
        var testIds = Corpus.Where(e => e.Split == LabelledCorpus.Test).Select(e => e.Id).ToHashSet();
        var pool = Corpus.Count - testIds.Count;

        Assert.Equal(4, folds.Count);
        Assert.All(folds, f => Assert.DoesNotContain(f, e => testIds.Contains(e.Id)));
        Assert.All(folds, f => Assert.Equal(pool, f.Count));
        var judged = folds.SelectMany(f => f.Where(e => e.Split == LabelledCorpus.Test).Select(e => e.Id)).ToList();
        Assert.Equal(pool, judged.Count);
        Assert.Equal(pool, judged.Distinct().Count());
        Assert.All(folds, f => Assert.InRange(f.Count(e => e.Split == LabelledCorpus.Dev), pool / 5, pool / 3));
    }
}

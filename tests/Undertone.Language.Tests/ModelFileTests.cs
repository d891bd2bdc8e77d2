namespace Undertone.Language.Tests;

public sealed class ModelFileTests
{
    [Fact]
    public void TheClassifiers_WereTrainedOnTheCorpusAsItIsNow()
    {
        // Change a corpus file and this fails until the model is retrained: dotnet run -c Release --project tools/Undertone.Train
        Assert.Equal(MeaningTrainer.CorpusFingerprint(LabelledCorpus.Load()), SharedModel.Instance.CorpusFingerprint);
    }

    [Fact]
    public void TheModel_HasOneClassifierPerLabel_InTheCorpusOrder()
    {
        Assert.Equal(LabelledExample.LabelNames.Select(l => l.Meaning), SharedModel.Instance.Classifiers.Select(c => c.Meaning));
    }

    [Fact]
    public void Retraining_GivesTheCommittedModel()
    {
        // Training is deterministic; allow the last bits of float rounding another CPU's exp() may differ in.
        var trained = MeaningModel.Train(LabelledCorpus.Load());
        var committed = SharedModel.Instance;

        foreach (var (mine, theirs) in trained.Classifiers.Zip(committed.Classifiers))
        {
            Assert.Equal(theirs.Meaning, mine.Meaning);
            Assert.True(Math.Abs(mine.Threshold - theirs.Threshold) <= 0.011f, $"{mine.Meaning}: threshold {mine.Threshold} retrained, {theirs.Threshold} committed: run tools/Undertone.Train.");
            Assert.True(Math.Abs(mine.Bias - theirs.Bias) <= 1e-3f, $"{mine.Meaning}: retraining gave another model: run tools/Undertone.Train.");
            Assert.True(mine.MeaningWeights.Zip(theirs.MeaningWeights).All(w => Math.Abs(w.First - w.Second) <= 1e-3f), $"{mine.Meaning}: retraining gave other weights.");
            Assert.True(mine.PhraseWeights.Zip(theirs.PhraseWeights).All(w => Math.Abs(w.First - w.Second) <= 1e-3f), $"{mine.Meaning}: retraining gave other weights.");
        }
    }
}

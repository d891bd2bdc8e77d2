using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Undertone.Language.Tests;

/// <summary>
/// The meaning check on the corpus's test split, which neither training nor calibration sees. Issue 17's goals (secret
/// recording: recall 100 %, precision ≥ 90 %; every other kind ≥ 95 % both) are not all met yet: docs/benchmarks.md
/// has the table. These tests hold the line where it stands, so a change that makes the check worse fails.
/// </summary>
public sealed class TestSplitTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledExample> Corpus = LabelledCorpus.Load();

    /// <summary>The lowest precision and recall each kind may fall to: today's scores on the test split, rounded down to 5 %.</summary>
    public static TheoryData<FindingKind, double, double> Floors => new()
    {
        { FindingKind.Apology, 0.85, 0.85 },
        { FindingKind.OverExplaining, 0.85, 0.60 },
        { FindingKind.LegalArgument, 0.85, 0.90 },
        { FindingKind.Pressure, 0.90, 0.50 },
        { FindingKind.SecretRecording, 0.80, 0.60 },
        { FindingKind.MissingReason, 0.95, 0.95 },
        { FindingKind.MissingFormat, 0.90, 0.90 },
        { FindingKind.MissingPrivacy, 0.95, 0.95 },
        { FindingKind.MissingUse, 0.95, 0.95 },
        { FindingKind.MissingRoom, 0.95, 0.95 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void WithTheModel_EachKind_StaysAtOrAboveItsFloor(FindingKind kind, double precision, double recall)
    {
        var score = CorpusScores.For(Corpus, LabelledCorpus.Test, SharedModel.Instance)[kind];
        output.WriteLine($"{kind}: precision {score.Precision:P1}, recall {score.Recall:P1}; wrong on {string.Join(' ', score.Wrong)}");

        Assert.True(score.Precision >= precision, $"{kind}: precision {score.Precision:P1} fell below {precision:P0}.");
        Assert.True(score.Recall >= recall, $"{kind}: recall {score.Recall:P1} fell below {recall:P0}.");
    }

    [Fact]
    public void WithTheModel_TheCheckFindsAtLeastAsMuchOfEveryFinding_MoreOfMost_AndMakesFewerMistakesOverall()
    {
        var rules = CorpusScores.For(Corpus, LabelledCorpus.Test, null);
        var model = CorpusScores.For(Corpus, LabelledCorpus.Test, SharedModel.Instance);
        output.WriteLine(model.Table(rules));

        var findings = model.Kinds.Where(k => k.Kind < FindingKind.MissingReason).ToList();
        Assert.All(findings, k => Assert.True(k.Recall >= rules[k.Kind].Recall, $"{k.Kind}: recall {k.Recall:P1} with the model, {rules[k.Kind].Recall:P1} without."));
        Assert.True(findings.Count(k => k.Recall > rules[k.Kind].Recall) >= 4, "The model should find more of most findings.");
        Assert.True(model.Kinds.Sum(k => k.Wrong.Count) * 2 < rules.Kinds.Sum(k => k.Wrong.Count), "The model should halve the check's mistakes.");
    }
}

/// <summary>One model for the whole test run (loading it takes a fraction of a second, but many tests use it).</summary>
internal static class SharedModel
{
    public static MeaningModel Instance { get; } = MeaningModel.Load();

    /// <summary>The model with each sentence's judgement remembered: the composer repeats its sentences thousands of times.</summary>
    public static IMeaningJudge Remembering { get; } = new RememberingJudge(Instance);

    private sealed class RememberingJudge(IMeaningJudge inner) : IMeaningJudge
    {
        private readonly ConcurrentDictionary<string, SentenceMeaning> _seen = new(StringComparer.Ordinal);

        public SentenceMeaning Judge(ReadOnlySpan<char> sentence) => _seen.GetOrAdd(sentence.ToString(), s => inner.Judge(s));
    }
}

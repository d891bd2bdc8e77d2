using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>Precision and recall of the message check, per finding kind, on one split of the corpus, judged per item.</summary>
public sealed record CorpusScores(IReadOnlyList<KindScore> Kinds)
{
    /// <summary>Runs the check (rules only, or with <paramref name="meaning"/>) on every item of <paramref name="split"/>.</summary>
    public static CorpusScores For(IReadOnlyList<LabelledExample> corpus, string split, IMeaningJudge? meaning) =>
        For(corpus.Where(e => e.Split == split).ToList(), meaning);

    /// <summary>Runs the check (rules only, or with <paramref name="meaning"/>) on each of <paramref name="items"/>.</summary>
    public static CorpusScores For(IReadOnlyList<LabelledExample> items, IMeaningJudge? meaning)
    {
        ArgumentNullException.ThrowIfNull(items);
        var found = items.Select(i => MessageCheck.Run(i.Text, MessageLength.Detailed, meaning: meaning).Select(f => f.Kind).ToHashSet()).ToList();
        var kinds = Enum.GetValues<FindingKind>().Select(kind =>
        {
            var expected = items.Select(i => Expected(i, kind)).ToList();
            var truePositives = Enumerable.Range(0, items.Count).Count(i => expected[i] && found[i].Contains(kind));
            var falsePositives = Enumerable.Range(0, items.Count).Count(i => !expected[i] && found[i].Contains(kind));
            var falseNegatives = Enumerable.Range(0, items.Count).Count(i => expected[i] && !found[i].Contains(kind));
            var wrong = Enumerable.Range(0, items.Count).Where(i => expected[i] != found[i].Contains(kind)).Select(i => items[i].Id).ToList();
            return new KindScore(kind, expected.Count(e => e), truePositives, falsePositives, falseNegatives, wrong);
        }).ToList();
        return new CorpusScores(kinds);
    }

    public KindScore this[FindingKind kind] => Kinds.Single(k => k.Kind == kind);

    /// <summary>The scores of several disjoint sets of items taken together (the folds of a cross-validation).</summary>
    public static CorpusScores Sum(IEnumerable<CorpusScores> parts) =>
        new(parts.SelectMany(p => p.Kinds).GroupBy(k => k.Kind).Select(g => new KindScore(g.Key, g.Sum(k => k.Positives),
            g.Sum(k => k.TruePositives), g.Sum(k => k.FalsePositives), g.Sum(k => k.FalseNegatives), [.. g.SelectMany(k => k.Wrong)])).ToList());

    /// <summary>The table for docs/benchmarks.md.</summary>
    public string Table(CorpusScores rulesOnly) =>
        "| Finding | Items with it | Rules: precision | Rules: recall | With the model: precision | With the model: recall |\n"
        + "|---|---:|---:|---:|---:|---:|\n"
        + string.Concat(Kinds.Select(k => $"| {k.Kind} | {k.Positives} | {rulesOnly[k.Kind].Precision:P0} | {rulesOnly[k.Kind].Recall:P0} | {k.Precision:P0} | {k.Recall:P0} |\n"));

    /// <summary>Each kind's counts, precision and recall, and the mean F1 of the findings and of the parts (for the trainer's log).</summary>
    public string Summary() =>
        string.Concat(Kinds.Select(k => $"{k.Kind,-16} n={k.Positives,4} tp={k.TruePositives,4} fp={k.FalsePositives,3} fn={k.FalseNegatives,3}  precision {k.Precision,6:P1}  recall {k.Recall,6:P1}\n"))
        + $"mean F1: findings {Kinds.Where(k => k.Kind < FindingKind.MissingReason).Average(k => k.F1):P1}, parts {Kinds.Where(k => k.Kind >= FindingKind.MissingReason).Average(k => k.F1):P1}";

    /// <summary>Whether the check should say <paramref name="kind"/> about an item: a finding it is labelled with, or a part it lacks.</summary>
    private static bool Expected(LabelledExample item, FindingKind kind) => kind switch
    {
        FindingKind.SecretRecording => item.Meaning.HasFlag(SentenceMeaning.SecretRecording),
        FindingKind.Apology => item.Meaning.HasFlag(SentenceMeaning.Apology),
        FindingKind.Pressure => item.Meaning.HasFlag(SentenceMeaning.Pressure),
        FindingKind.LegalArgument => item.Meaning.HasFlag(SentenceMeaning.LegalArgument),
        FindingKind.OverExplaining => item.Meaning.HasFlag(SentenceMeaning.OverExplaining),
        FindingKind.MissingReason => !item.Meaning.HasFlag(SentenceMeaning.Reason),
        FindingKind.MissingFormat => !item.Meaning.HasFlag(SentenceMeaning.Format),
        FindingKind.MissingPrivacy => !item.Meaning.HasFlag(SentenceMeaning.Privacy),
        FindingKind.MissingUse => !item.Meaning.HasFlag(SentenceMeaning.Use),
        FindingKind.MissingRoom => !item.Meaning.HasFlag(SentenceMeaning.Room),
    };
}

/// <summary>How the check did on one kind of finding.</summary>
public sealed record KindScore(FindingKind Kind, int Positives, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Wrong)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => 2.0 * TruePositives / Math.Max(1, 2 * TruePositives + FalsePositives + FalseNegatives);
}

using System.Security.Cryptography;
using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>
/// Trains the meaning model's classifiers (run by tools/Undertone.Train, checked by the tests): logistic regression
/// per label on the corpus's train split and on the sentences the composer writes, then a second round that also learns
/// from the sentence of each longer item that carries its label, then a threshold per label chosen on the dev split.
/// Deterministic: the same corpus gives the same file.
/// </summary>
internal static class MeaningTrainer
{
    private const int Steps = 300;
    private const float Rate = 0.05f;
    private const float L2 = 1e-4f;

    /// <summary>
    /// The least precision a finding's threshold may give on the dev split: a finding tells a person their honest message
    /// reads badly, so when the check speaks it should be right at least four times in five. Chosen by cross-validation
    /// (tools/Undertone.Train --evaluate): a third fewer false findings than no floor, for 1.5 points of mean F1.
    /// </summary>
    private const double FindingPrecisionFloor = 0.8;

    private const SentenceMeaning Findings = SentenceMeaning.SecretRecording | SentenceMeaning.Apology | SentenceMeaning.Pressure
        | SentenceMeaning.LegalArgument | SentenceMeaning.OverExplaining;

    private const SentenceMeaning Every = Findings | MessageCheck.FiveParts;

    public static Classifier[] Train(IReadOnlyList<LabelledExample> corpus, SentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var train = corpus.Where(e => e.Split == LabelledCorpus.Train).ToList();
        var examples = new List<Example>();
        var longer = new List<(LabelledExample Item, List<SentenceFeatures> Sentences)>();
        foreach (var item in train)
        {
            var sentences = MessageCheck.Sentences(item.Text).Select(r => SentenceFeatures.Of(encoder, item.Text.AsSpan(r.Start, r.Length))).ToList();
            if (sentences.Count == 1)
            {
                examples.Add(new(sentences[0], item.Meaning, Every));
                continue;
            }

            // Which sentence carries a label is not recorded; a label the item lacks, none of its sentences has.
            examples.AddRange(sentences.Select(s => new Example(s, SentenceMeaning.None, Every & ~item.Meaning)));
            longer.Add((item, sentences));
        }

        var composed = ComposedParts().Select(p => (p.Value, Sentences: MessageCheck.Sentences(p.Key)
            .Select(r => SentenceFeatures.Of(encoder, p.Key.AsSpan(r.Start, r.Length))).ToList())).ToList();
        examples.AddRange(composed.SelectMany(p => p.Sentences.Select(s => new Example(s, p.Value, Findings | p.Value))));

        var labels = LabelledExample.LabelNames.Select(l => l.Meaning).ToArray();
        var dense = SentenceFeatures.DenseLength(encoder.Dimensions);
        var classifiers = labels.Select(m => Fit(m, examples, dense)).ToArray();

        // Second round: each longer item's best sentence for each of its labels counts as saying it.
        for (var c = 0; c < labels.Length; c++)
        {
            var round = new List<Example>(examples);
            foreach (var (item, sentences) in longer.Where(l => l.Item.Meaning.HasFlag(labels[c])))
            {
                round.Add(new(sentences.MaxBy(classifiers[c].Score), labels[c], labels[c]));
            }

            classifiers[c] = Fit(labels[c], round, dense);
        }

        return Calibrate(classifiers, corpus.Where(e => e.Split == LabelledCorpus.Dev).ToList(), encoder, composed);
    }

    /// <summary>
    /// How well training does on items it has not seen, without reading the test split: the train and dev splits are
    /// cut into four folds, and each fold is judged by a model trained on two of the others and calibrated on the third.
    /// For choosing how to train (run by tools/Undertone.Train --evaluate); the test split stays for the final table.
    /// </summary>
    public static CorpusScores CrossValidate(IReadOnlyList<LabelledExample> corpus, SentenceEncoder encoder) =>
        CorpusScores.Sum(CrossValidationFolds(corpus).AsParallel().Select(split =>
            CorpusScores.For(split, LabelledCorpus.Test, new MeaningModel(encoder, Train(split, encoder), []))));

    /// <summary>
    /// The four re-splits of <see cref="CrossValidate"/>: the corpus without its test split, a quarter of it (by id) as
    /// "test" to judge, the next quarter as "dev" to calibrate on, the other half as "train".
    /// </summary>
    internal static IEnumerable<List<LabelledExample>> CrossValidationFolds(IReadOnlyList<LabelledExample> corpus)
    {
        const int Folds = 4;
        var pool = corpus.Where(e => e.Split != LabelledCorpus.Test).ToList();
        var fold = pool.ToDictionary(e => e.Id, e => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.Id))[0] % Folds);
        return Enumerable.Range(0, Folds).Select(judged => pool.Select(e => e with
        {
            Split = fold[e.Id] == judged ? LabelledCorpus.Test : fold[e.Id] == (judged + 1) % Folds ? LabelledCorpus.Dev : LabelledCorpus.Train,
        }).ToList());
    }

    /// <summary>A fingerprint of the corpus files, kept in the model file so a test can tell when it needs retraining.</summary>
    public static byte[] CorpusFingerprint(IReadOnlyList<LabelledExample> corpus) =>
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', corpus.Select(e => $"{e.Id}\t{e.Split}\t{string.Join(',', e.Labels)}\t{e.Text}"))));

    /// <summary>
    /// Every distinct part the composer writes, with what it is: all 4,860 combinations of choices with every reason,
    /// context and names, with each reason alone and no names, and with the person's own reason only. None of their
    /// sentences is a finding.
    /// </summary>
    internal static Dictionary<string, SentenceMeaning> ComposedParts()
    {
        ConsentAsk[] templates =
        [
            AskCombinations.EverythingOn,
            .. Enum.GetValues<AskReason>().Select(reason => new ConsentAsk { Reasons = [reason] }),
            new() { Reasons = [], CustomReason = "I want to be present instead of taking notes" },
        ];
        var parts = new Dictionary<string, SentenceMeaning>(StringComparer.Ordinal);
        foreach (var ask in templates.SelectMany(AskCombinations.Every))
        {
            foreach (var part in ScriptComposer.Compose(ask).Parts)
            {
                parts[part.Text] = parts.GetValueOrDefault(part.Text) | Meaning(part.Part);
            }
        }

        return parts;
    }

    private static SentenceMeaning Meaning(ScriptPartKind part) => part switch
    {
        ScriptPartKind.Reason => SentenceMeaning.Reason,
        ScriptPartKind.Format => SentenceMeaning.Format,
        ScriptPartKind.Privacy => SentenceMeaning.Privacy,
        ScriptPartKind.Use => SentenceMeaning.Use,
        ScriptPartKind.Room => SentenceMeaning.Room,
    };

    /// <summary>Full-batch gradient descent with Adam; positives and negatives weigh the same in total; a little L2.</summary>
    private static Classifier Fit(SentenceMeaning meaning, List<Example> all, int dimensions)
    {
        var examples = all.Where(e => e.Known.HasFlag(meaning)).ToList();
        var positives = examples.Count(e => e.Has.HasFlag(meaning));
        var negatives = examples.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new InvalidOperationException($"The corpus needs examples with and without {meaning} to learn it.");
        }

        var size = dimensions + SentenceFeatures.Buckets;
        var weights = new float[size + 1];
        var gradient = new float[size + 1];
        var m = new float[size + 1];
        var v = new float[size + 1];
        var (positiveWeight, negativeWeight) = (0.5f / positives, 0.5f / negatives);
        for (var step = 1; step <= Steps; step++)
        {
            Array.Clear(gradient);
            var meaningWeights = weights.AsSpan(0, dimensions);
            foreach (var (features, has, _) in examples)
            {
                var label = has.HasFlag(meaning);
                var logit = weights[size] + SentenceEncoder.Dot(meaningWeights, features.Meaning);
                var phraseWeight = features.PhraseWeight;
                foreach (var phrase in features.Phrases)
                {
                    logit += weights[dimensions + phrase] * phraseWeight;
                }

                var error = (1f / (1f + MathF.Exp(-logit)) - (label ? 1f : 0f)) * (label ? positiveWeight : negativeWeight);
                for (var d = 0; d < dimensions; d++)
                {
                    gradient[d] += error * features.Meaning[d];
                }

                foreach (var phrase in features.Phrases)
                {
                    gradient[dimensions + phrase] += error * phraseWeight;
                }

                gradient[size] += error;
            }

            var (correctM, correctV) = (1 - MathF.Pow(0.9f, step), 1 - MathF.Pow(0.999f, step));
            for (var d = 0; d <= size; d++)
            {
                var g = gradient[d] + (d < size ? L2 * weights[d] : 0f);
                m[d] = 0.9f * m[d] + 0.1f * g;
                v[d] = 0.999f * v[d] + 0.001f * g * g;
                weights[d] -= Rate * (m[d] / correctM) / (MathF.Sqrt(v[d] / correctV) + 1e-8f);
            }
        }

        return new Classifier(meaning, weights[..dimensions], weights[dimensions..size], weights[size], 0.5f);
    }

    /// <summary>
    /// Each label's threshold: the one with which the check as a whole (the model decides, having read the rules' verdicts)
    /// agrees best with the dev split's labels (F1, whole items), a finding's keeping its precision at or above
    /// <see cref="FindingPrecisionFloor"/> where it can. A finding's threshold stays above
    /// every composed sentence's score, and a part's at or below what every composed message scores, so the composer's
    /// own messages keep getting no finding.
    /// </summary>
    private static Classifier[] Calibrate(Classifier[] classifiers, List<LabelledExample> dev, SentenceEncoder encoder, List<(SentenceMeaning Part, List<SentenceFeatures> Sentences)> composed)
    {
        var scores = dev.Select(item => MessageCheck.Sentences(item.Text)
            .Select(r => SentenceFeatures.Of(encoder, item.Text.AsSpan(r.Start, r.Length)))
            .Select(f => classifiers.Select(c => c.Score(f)).ToArray())
            .ToList()).ToList();
        // For each composed part, each classifier's best score over its sentences (what makes the check see that part).
        var composedScores = composed.Select(p => (p.Part, Best: classifiers.Select(k => p.Sentences.Max(k.Score)).ToArray())).ToList();
        var calibrated = new Classifier[classifiers.Length];
        for (var c = 0; c < classifiers.Length; c++)
        {
            var meaning = classifiers[c].Meaning;
            var isPart = MessageCheck.FiveParts.HasFlag(meaning);
            var (low, high) = isPart
                ? (0f, composedScores.Where(s => s.Part.HasFlag(meaning)).Min(s => s.Best[c]))
                : (composedScores.Max(s => s.Best[c]) + 1e-4f, 1f);
            var best = (F1: -1.0, Threshold: Math.Clamp(0.5f, low, high));
            for (var step = 1; step < 100; step++)
            {
                var threshold = step / 100f;
                if (threshold < low || threshold > high)
                {
                    continue;
                }

                var (truePositives, falsePositives, falseNegatives) = (0, 0, 0);
                for (var i = 0; i < dev.Count; i++)
                {
                    var predicted = scores[i].Exists(s => s[c] >= threshold);
                    var actual = dev[i].Meaning.HasFlag(meaning);
                    truePositives += predicted && actual ? 1 : 0;
                    falsePositives += predicted && !actual ? 1 : 0;
                    falseNegatives += !predicted && actual ? 1 : 0;
                }

                // F1, except that a finding's threshold below the precision floor is taken only when none reaches it.
                var f1 = 2.0 * truePositives / Math.Max(1, 2 * truePositives + falsePositives + falseNegatives);
                var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
                if (!isPart && precision < FindingPrecisionFloor)
                {
                    f1 -= 1;
                }

                if (f1 > best.F1)
                {
                    best = (f1, threshold);
                }
            }

            calibrated[c] = classifiers[c].WithThreshold(best.Threshold);
        }

        return calibrated;
    }

    private readonly record struct Example(SentenceFeatures Features, SentenceMeaning Has, SentenceMeaning Known);
}

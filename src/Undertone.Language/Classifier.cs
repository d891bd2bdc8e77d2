using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>
/// Logistic regression for one label over a sentence's <see cref="SentenceFeatures"/>: a weight per embedding
/// dimension, a weight per phrase bucket, a bias, and the threshold calibrated on the dev split.
/// </summary>
internal sealed class Classifier(SentenceMeaning meaning, float[] meaningWeights, float[] phraseWeights, float bias, float threshold)
{
    public SentenceMeaning Meaning { get; } = meaning;

    public float[] MeaningWeights { get; } = meaningWeights;

    public float[] PhraseWeights { get; } = phraseWeights;

    public float Bias { get; } = bias;

    public float Threshold { get; } = threshold;

    /// <summary>How sure the classifier is, from 0 to 1, that the sentence does <see cref="Meaning"/>.</summary>
    public float Score(SentenceFeatures features) => 1f / (1f + MathF.Exp(-Logit(MeaningWeights, PhraseWeights, Bias, features)));

    public bool Says(SentenceFeatures features) => Score(features) >= Threshold;

    public Classifier WithThreshold(float value) => new(Meaning, MeaningWeights, PhraseWeights, Bias, value);

    public static float Logit(float[] meaningWeights, float[] phraseWeights, float bias, SentenceFeatures features)
    {
        var sum = bias + SentenceEncoder.Dot(meaningWeights, features.Meaning);
        var weight = features.PhraseWeight;
        foreach (var phrase in features.Phrases)
        {
            sum += phraseWeights[phrase] * weight;
        }

        return sum;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write((int)Meaning);
        writer.Write(Threshold);
        writer.Write(Bias);
        foreach (var w in MeaningWeights)
        {
            writer.Write(w);
        }

        foreach (var w in PhraseWeights)
        {
            writer.Write(w);
        }
    }

    public static Classifier Read(BinaryReader reader, int dimensions)
    {
        var meaning = (SentenceMeaning)reader.ReadInt32();
        var threshold = reader.ReadSingle();
        var bias = reader.ReadSingle();
        var meaningWeights = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            meaningWeights[d] = reader.ReadSingle();
        }

        var phraseWeights = new float[SentenceFeatures.Buckets];
        for (var d = 0; d < phraseWeights.Length; d++)
        {
            phraseWeights[d] = reader.ReadSingle();
        }

        return new Classifier(meaning, meaningWeights, phraseWeights, bias, threshold);
    }
}

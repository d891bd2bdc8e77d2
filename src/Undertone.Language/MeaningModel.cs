using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>
/// The message check's judge of meaning, offline: for each label (a finding, or one of the five parts) a classifier
/// over the sentence's distilled MiniLM embedding and its phrases, trained on the team's labelled corpus by
/// <see cref="MeaningTrainer"/> and stored in Model/classifiers.bin. Judging a sentence takes microseconds; loading
/// the model, well under a second. Thread-safe.
/// </summary>
public sealed class MeaningModel : IMeaningJudge
{
    internal const int FileVersion = 1;

    private readonly SentenceEncoder _encoder;

    internal MeaningModel(SentenceEncoder encoder, IReadOnlyList<Classifier> classifiers, byte[] corpusFingerprint)
    {
        _encoder = encoder;
        Classifiers = classifiers;
        CorpusFingerprint = corpusFingerprint;
    }

    internal IReadOnlyList<Classifier> Classifiers { get; }

    /// <summary>The fingerprint of the corpus the classifiers were trained on.</summary>
    internal byte[] CorpusFingerprint { get; }

    /// <summary>Reads the embedded model: the vocabulary, the embeddings and the classifiers.</summary>
    public static MeaningModel Load()
    {
        var encoder = SentenceEncoder.Load();
        using var stream = typeof(MeaningModel).Assembly.GetManifestResourceStream("classifiers.bin")
            ?? throw new InvalidOperationException("The meaning model's classifiers are missing from the build.");
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != FileVersion || reader.ReadInt32() != encoder.Dimensions || reader.ReadInt32() != SentenceFeatures.Buckets)
        {
            throw new InvalidOperationException("The meaning model's classifiers don't match its embeddings; run tools/Undertone.Train.");
        }

        var fingerprint = reader.ReadBytes(32);
        var classifiers = Enumerable.Range(0, reader.ReadInt32()).Select(_ => Classifier.Read(reader, SentenceFeatures.DenseLength(encoder.Dimensions))).ToList();
        return new MeaningModel(encoder, classifiers, fingerprint);
    }

    /// <summary>Trains a model from <paramref name="corpus"/> (what tools/Undertone.Train writes to the file).</summary>
    internal static MeaningModel Train(IReadOnlyList<LabelledExample> corpus)
    {
        var encoder = SentenceEncoder.Load();
        return new MeaningModel(encoder, MeaningTrainer.Train(corpus, encoder), MeaningTrainer.CorpusFingerprint(corpus));
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FileVersion);
        writer.Write(_encoder.Dimensions);
        writer.Write(SentenceFeatures.Buckets);
        writer.Write(CorpusFingerprint);
        writer.Write(Classifiers.Count);
        foreach (var classifier in Classifiers)
        {
            classifier.Write(writer);
        }
    }

    /// <summary>Each label with its threshold, for the trainer's log.</summary>
    internal string Describe() => string.Join(", ", Classifiers.Select(c => $"{c.Meaning} ≥ {c.Threshold:0.00}"));

    public SentenceMeaning Judge(ReadOnlySpan<char> sentence)
    {
        var features = SentenceFeatures.Of(_encoder, sentence);
        var meaning = SentenceMeaning.None;
        foreach (var classifier in Classifiers)
        {
            if (classifier.Says(features))
            {
                meaning |= classifier.Meaning;
            }
        }

        return meaning;
    }
}

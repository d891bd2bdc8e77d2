namespace Undertone.Language;

/// <summary>
/// Turns a sentence into a unit-length vector that stands for its meaning: the mean of its WordPiece pieces' static
/// embeddings (distilled from all-MiniLM-L6-v2 by tools/Undertone.Distill). Sentences that mean similar things point
/// in similar directions. Thread-safe; a few microseconds per sentence.
/// </summary>
internal sealed class SentenceEncoder
{
    private readonly WordPieceTokenizer _tokenizer;
    private readonly sbyte[] _table;
    private readonly float[] _scales;

    /// <param name="tokenizer">The model's WordPiece tokenizer.</param>
    /// <param name="table">Each piece's vector as 8-bit integers, one row per piece (kept so: 8 MB instead of 31).</param>
    /// <param name="scales">What each piece's integers are multiplied by.</param>
    /// <param name="dimensions">The length of each piece's vector.</param>
    public SentenceEncoder(WordPieceTokenizer tokenizer, sbyte[] table, float[] scales, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(scales);
        if (table.Length != tokenizer.VocabularySize * dimensions || scales.Length != tokenizer.VocabularySize)
        {
            throw new ArgumentException("The embedding table does not match the vocabulary.", nameof(table));
        }

        _tokenizer = tokenizer;
        _table = table;
        _scales = scales;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    /// <summary>Reads the model's two embedded files: the vocabulary and the 8-bit table (a scale per piece).</summary>
    public static SentenceEncoder Load()
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        using var vocabularyStream = assembly.GetManifestResourceStream("vocab.txt")
            ?? throw new InvalidOperationException("The model's vocabulary is missing from the build.");
        using var reader = new StreamReader(vocabularyStream);
        var vocabulary = new List<string>(31_000);
        while (reader.ReadLine() is { } line)
        {
            vocabulary.Add(line);
        }

        using var tableStream = assembly.GetManifestResourceStream("embeddings.bin")
            ?? throw new InvalidOperationException("The model's embeddings are missing from the build.");
        using var binary = new BinaryReader(tableStream);
        var count = binary.ReadInt32();
        var dimensions = binary.ReadInt32();
        var table = new sbyte[count * dimensions];
        var scales = new float[count];
        for (var i = 0; i < count; i++)
        {
            scales[i] = binary.ReadSingle();
            binary.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(table.AsSpan(i * dimensions, dimensions)));
        }

        return new SentenceEncoder(new WordPieceTokenizer(vocabulary), table, scales, dimensions);
    }

    /// <summary>The sentence's vector, written into <paramref name="vector"/> (all zeros when it has no words).</summary>
    public void Encode(ReadOnlySpan<char> sentence, Span<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException("The vector has the wrong length.", nameof(vector));
        }

        vector.Clear();
        var ids = new List<int>(64);
        _tokenizer.Tokenize(sentence, ids);
        foreach (var id in ids)
        {
            var piece = _table.AsSpan(id * Dimensions, Dimensions);
            var scale = _scales[id];
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] += piece[d] * scale;
            }
        }

        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] /= norm;
            }
        }
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }
}

using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>
/// What the classifiers read of a sentence: its meaning (the distilled MiniLM embedding) followed by what the check's
/// word rules say of it alone (one 0/1 per label), dense; and its exact words (one-word and two-word phrases, hashed
/// into <see cref="Buckets"/> slots, sparse). A word after "not", "never", "no",
/// "without" or a "-n't" word, up to the next comma or "but", is read as its negation ("never record" is not "record").
/// </summary>
internal readonly record struct SentenceFeatures(float[] Meaning, int[] Phrases)
{
    public const int Buckets = 1 << 14;

    /// <summary>The length of <see cref="Meaning"/> for an encoder of <paramref name="dimensions"/>.</summary>
    public static int DenseLength(int dimensions) => dimensions + LabelledExample.LabelNames.Count;

    /// <summary>The weight of each phrase: the phrases together have unit length, like the embedding.</summary>
    public float PhraseWeight => Phrases.Length == 0 ? 0 : 1f / MathF.Sqrt(Phrases.Length);

    public static SentenceFeatures Of(SentenceEncoder encoder, ReadOnlySpan<char> sentence)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var words = Words(sentence);
        var phrases = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            phrases.Add(Bucket(words[i]));
            if (i + 1 < words.Count)
            {
                phrases.Add(Bucket(words[i] + " " + words[i + 1]));
            }
        }

        var dense = new float[DenseLength(encoder.Dimensions)];
        encoder.Encode(sentence, dense.AsSpan(0, encoder.Dimensions));
        var rules = MessageCheck.Said(MessageCheck.Run(sentence.ToString(), MessageLength.Detailed));
        for (var i = 0; i < LabelledExample.LabelNames.Count; i++)
        {
            dense[encoder.Dimensions + i] = rules.HasFlag(LabelledExample.LabelNames[i].Meaning) ? 1 : 0;
        }

        return new SentenceFeatures(dense, [.. phrases.Order()]);
    }

    private static readonly HashSet<string> Negations =
    [
        "not", "never", "no", "without", "nobody", "cannot", "dont", "doesnt", "didnt", "cant", "wont", "wouldnt",
        "shouldnt", "couldnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "aint", "mustnt", "neednt",
    ];

    /// <summary>Lower-case words without apostrophes, negated ones marked "not_".</summary>
    private static List<string> Words(ReadOnlySpan<char> sentence)
    {
        var words = new List<string>();
        var negated = false;
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var c = i < sentence.Length ? char.ToLowerInvariant(sentence[i]) : ' ';
            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = sentence[start..i].ToString().ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
                start = -1;
                if (word == "but")
                {
                    negated = false;
                }
                else if (Negations.Contains(word))
                {
                    words.Add(word);
                    negated = true;
                    continue;
                }

                words.Add(negated ? "not_" + word : word);
            }

            if (c is ',' or ';' or '.' or '!' or '?' or ':')
            {
                negated = false;
            }
        }

        return words;
    }

    /// <summary>FNV-1a: the same bucket on every machine and every run (string.GetHashCode is not).</summary>
    private static int Bucket(string phrase)
    {
        var hash = 2166136261u;
        foreach (var c in phrase)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Buckets);
    }
}

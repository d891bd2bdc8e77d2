using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// In how many recaps each word, and each two- and three-word phrase that could recur, appears, and its score. A
/// phrase counts once per recap, however often it is repeated there. Each recap adds 0.25 + 0.75 × 0.5^(age / 10),
/// where age counts recaps back from the newest (so the latest recap adds 1 and one from 10 recaps ago adds 0.625).
/// </summary>
internal sealed class PhraseCounts
{
    private readonly Dictionary<long, NGramStats> _ngrams;

    private PhraseCounts(int[] unigramCount, double[] unigramScore, Dictionary<long, NGramStats> ngrams)
    {
        UnigramCount = unigramCount;
        UnigramScore = unigramScore;
        _ngrams = ngrams;
    }

    /// <summary>In how many recaps each stem appears, by stem id.</summary>
    public int[] UnigramCount { get; }

    public double[] UnigramScore { get; }

    public static PhraseCounts Count(PhraseCorpus corpus, int minRecaps)
    {
        var docs = corpus.DocStart.Length - 1;
        var weights = new double[docs];
        for (var d = 0; d < docs; d++)
        {
            weights[d] = 0.25 + (0.75 * Math.Pow(0.5, (docs - 1 - d) / 10.0));
        }

        var stems = corpus.StemText.Count;
        var unigramCount = new int[stems];
        var unigramScore = new double[stems];
        var last = new int[stems];
        Array.Fill(last, -1);
        var tokens = corpus.Stems;
        for (var d = 0; d < docs; d++)
        {
            for (var i = corpus.DocStart[d]; i < corpus.DocStart[d + 1]; i++)
            {
                var s = tokens[i];
                if (s >= 0 && last[s] != d)
                {
                    last[s] = d;
                    unigramCount[s]++;
                    unigramScore[s] += weights[d];
                }
            }
        }

        // Bigrams whose words both recur, then trigrams whose two bigrams both recur: a phrase can never
        // appear in more recaps than any part of it, so nothing recurring is missed.
        var ngrams = new Dictionary<long, NGramStats>();
        for (var d = 0; d < docs; d++)
        {
            for (var i = corpus.DocStart[d]; i + 1 < corpus.DocStart[d + 1]; i++)
            {
                int a = tokens[i], b = tokens[i + 1];
                if (a >= 0 && b >= 0 && unigramCount[a] >= minRecaps && unigramCount[b] >= minRecaps)
                {
                    Add(ngrams, PhraseKey.Pack(a, b), d, weights[d]);
                }
            }
        }

        for (var d = 0; d < docs; d++)
        {
            for (var i = corpus.DocStart[d]; i + 2 < corpus.DocStart[d + 1]; i++)
            {
                int a = tokens[i], b = tokens[i + 1], c = tokens[i + 2];
                if (a >= 0 && b >= 0 && c >= 0
                    && Recurs(ngrams, PhraseKey.Pack(a, b), minRecaps)
                    && Recurs(ngrams, PhraseKey.Pack(b, c), minRecaps))
                {
                    Add(ngrams, PhraseKey.Pack(a, b, c), d, weights[d]);
                }
            }
        }

        return new PhraseCounts(unigramCount, unigramScore, ngrams);
    }

    /// <summary>The recap count and score of a word or phrase.</summary>
    public (int Count, double Score) Of(long key)
    {
        if (PhraseKey.WordCount(key) == 1)
        {
            var id = PhraseKey.IdAt(key, 0);
            return (UnigramCount[id], UnigramScore[id]);
        }

        var stats = _ngrams[key];
        return (stats.Count, stats.Score);
    }

    /// <summary>The two- and three-word phrases found in at least <paramref name="minRecaps"/> recaps.</summary>
    public List<long> RecurringPhrases(int minRecaps)
    {
        var recurring = new List<long>();
        foreach (var (key, stats) in _ngrams)
        {
            if (stats.Count >= minRecaps)
            {
                recurring.Add(key);
            }
        }

        return recurring;
    }

    /// <summary>Leaves the phrase <paramref name="key"/> out when it appears in exactly <paramref name="count"/> recaps.</summary>
    public void SuppressIfIn(long key, int count)
    {
        ref var stats = ref CollectionsMarshal.GetValueRefOrNullRef(_ngrams, key);
        if (!Unsafe.IsNullRef(ref stats) && stats.Count == count)
        {
            stats.Suppressed = true;
        }
    }

    public bool IsSuppressed(long key) => _ngrams[key].Suppressed;

    private static void Add(Dictionary<long, NGramStats> ngrams, long key, int doc, double weight)
    {
        ref var stats = ref CollectionsMarshal.GetValueRefOrAddDefault(ngrams, key, out var exists);
        if (!exists)
        {
            stats.LastDoc = -1;
        }

        if (stats.LastDoc != doc)
        {
            stats.LastDoc = doc;
            stats.Count++;
            stats.Score += weight;
        }
    }

    private static bool Recurs(Dictionary<long, NGramStats> ngrams, long key, int minRecaps) =>
        ngrams.TryGetValue(key, out var stats) && stats.Count >= minRecaps;

    private struct NGramStats
    {
        public int Count;
        public int LastDoc;
        public double Score;
        public bool Suppressed;
    }
}

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Which recurring words and phrases are listed, best first. A shorter phrase found in exactly the same recaps as a
/// longer one that contains it is left out ("boundaries" is not listed beside "setting boundaries" when it only ever
/// came up inside it). Ranking: score, then more recaps, then longer phrases, then alphabetical order of the stems,
/// so the order never depends on the input order.
/// </summary>
internal static class PhraseRanking
{
    public static List<long> SelectTop(PhraseCorpus corpus, PhraseCounts counts, int minRecaps, int max)
    {
        // Leave out a part of a longer phrase when it appears in exactly the same recaps.
        var suppressedWords = new bool[counts.UnigramCount.Length];
        var recurringPhrases = counts.RecurringPhrases(minRecaps);
        foreach (var key in recurringPhrases)
        {
            var count = counts.Of(key).Count;
            var words = PhraseKey.WordCount(key);
            for (var w = 0; w < words; w++)
            {
                var id = PhraseKey.Word(key, w);
                if (counts.UnigramCount[id] == count)
                {
                    suppressedWords[id] = true;
                }
            }

            if (words == 3)
            {
                counts.SuppressIfIn(PhraseKey.Pack(PhraseKey.Word(key, 0), PhraseKey.Word(key, 1)), count);
                counts.SuppressIfIn(PhraseKey.Pack(PhraseKey.Word(key, 1), PhraseKey.Word(key, 2)), count);
            }
        }

        var comparer = new CandidateComparer(corpus, counts);
        var top = new List<long>(max + 1);
        void Offer(long key)
        {
            if (top.Count == max && comparer.Compare(key, top[^1]) >= 0)
            {
                return;
            }

            var at = top.BinarySearch(key, comparer);
            top.Insert(at < 0 ? ~at : at, key);
            if (top.Count > max)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        for (var id = 0; id < counts.UnigramCount.Length; id++)
        {
            if (counts.UnigramCount[id] >= minRecaps && !suppressedWords[id])
            {
                Offer(PhraseKey.Pack(id));
            }
        }

        foreach (var key in recurringPhrases)
        {
            if (!counts.IsSuppressed(key))
            {
                Offer(key);
            }
        }

        return top;
    }

    /// <summary>Best first: score (to 6 decimals), recap count, longer phrase, then the stems in ordinal order.</summary>
    private sealed class CandidateComparer(PhraseCorpus corpus, PhraseCounts counts) : IComparer<long>
    {
        public int Compare(long x, long y)
        {
            if (x == y)
            {
                return 0;
            }

            var (xCount, xScore) = counts.Of(x);
            var (yCount, yScore) = counts.Of(y);
            var c = Math.Round(yScore, 6).CompareTo(Math.Round(xScore, 6));
            if (c == 0)
            {
                c = yCount.CompareTo(xCount);
            }

            if (c == 0)
            {
                c = PhraseKey.WordCount(y).CompareTo(PhraseKey.WordCount(x));
            }

            for (var w = 0; c == 0 && w < PhraseKey.WordCount(x); w++)
            {
                c = string.CompareOrdinal(corpus.StemText[PhraseKey.Word(x, w)], corpus.StemText[PhraseKey.Word(y, w)]);
            }

            return c;
        }
    }
}

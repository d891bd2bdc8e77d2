using System.Runtime.InteropServices;

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Recurring words and two- or three-word phrases in recap text, found offline and explainably:
/// <list type="number">
/// <item>The text fields of each recap (what came up, takeaways, next steps, to revisit) are split into words;
/// stop words (<see cref="EnglishStopWords"/>), numbers and punctuation end a phrase, so a phrase is a run of
/// one to three meaningful words in one sentence.</item>
/// <item>Words are matched through <see cref="LightStemmer"/>, so plurals and possessives count together.</item>
/// <item>A phrase counts once per recap, however often it is repeated there; it is recurring when it appears in
/// at least <see cref="PatternOptions.MinRecapsForPhrase"/> recaps.</item>
/// <item>A shorter phrase found in exactly the same recaps as a longer one that contains it is left out
/// ("boundaries" is not listed beside "setting boundaries" when it only ever came up inside it).</item>
/// <item>Ranking: each recap adds 0.25 + 0.75 × 0.5^(age / 10), where age counts recaps back from the newest
/// (so the latest recap adds 1 and one from 10 recaps ago adds 0.625); ties go to more recaps, then longer
/// phrases, then alphabetical order of the stems, so the order never depends on the input order.</item>
/// </list>
/// </summary>
public static class PhraseAnalysis
{
    private const int IdBits = 21;
    private const int MaxVocabulary = (1 << IdBits) - 2;
    private const long IdMask = (1L << IdBits) - 1;
    private const int Break = -1;

    public static IReadOnlyList<RecurringPhrase> Find(IEnumerable<PatternRecap> recaps, PatternOptions? options = null)
    {
        options ??= PatternOptions.Default;
        return Find(RecapOrder.Chronological(recaps), options);
    }

    internal static IReadOnlyList<RecurringPhrase> Find(PatternRecap[] sessions, PatternOptions options)
    {
        if (sessions.Length == 0 || options.MaxPhrases <= 0)
        {
            return [];
        }

        var corpus = Corpus.Build(sessions);
        var minRecaps = Math.Max(1, options.MinRecapsForPhrase);
        var counts = Count(corpus, minRecaps);
        var top = SelectTop(corpus, counts, minRecaps, options.MaxPhrases);
        if (top.Count == 0)
        {
            return [];
        }

        var themeKeys = ThemeKeys(corpus, sessions);
        return Describe(corpus, sessions, top, counts, themeKeys);
    }

    private static long Pack(int a) => a + 1L;

    private static long Pack(int a, int b) => ((a + 1L) << IdBits) | (b + 1L);

    private static long Pack(int a, int b, int c) => ((a + 1L) << (2 * IdBits)) | ((b + 1L) << IdBits) | (c + 1L);

    private static int WordCount(long key) => key >> (2 * IdBits) != 0 ? 3 : key >> IdBits != 0 ? 2 : 1;

    private static int IdAt(long key, int slot) => (int)((key >> (slot * IdBits)) & IdMask) - 1;

    /// <summary>The word ids of a key, first word first.</summary>
    private static int Word(long key, int index) => IdAt(key, WordCount(key) - 1 - index);

    private static Counts Count(Corpus corpus, int minRecaps)
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
                    Add(ngrams, Pack(a, b), d, weights[d]);
                }
            }
        }

        for (var d = 0; d < docs; d++)
        {
            for (var i = corpus.DocStart[d]; i + 2 < corpus.DocStart[d + 1]; i++)
            {
                int a = tokens[i], b = tokens[i + 1], c = tokens[i + 2];
                if (a >= 0 && b >= 0 && c >= 0
                    && Recurs(ngrams, Pack(a, b), minRecaps)
                    && Recurs(ngrams, Pack(b, c), minRecaps))
                {
                    Add(ngrams, Pack(a, b, c), d, weights[d]);
                }
            }
        }

        return new Counts(unigramCount, unigramScore, ngrams);
    }

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

    private static List<long> SelectTop(Corpus corpus, Counts counts, int minRecaps, int max)
    {
        // Leave out a part of a longer phrase when it appears in exactly the same recaps.
        var suppressedWords = new bool[counts.UnigramCount.Length];
        var recurringPhrases = new List<long>();
        foreach (var (key, stats) in counts.NGrams)
        {
            if (stats.Count >= minRecaps)
            {
                recurringPhrases.Add(key);
            }
        }

        foreach (var key in recurringPhrases)
        {
            var count = counts.NGrams[key].Count;
            var words = WordCount(key);
            for (var w = 0; w < words; w++)
            {
                var id = Word(key, w);
                if (counts.UnigramCount[id] == count)
                {
                    suppressedWords[id] = true;
                }
            }

            if (words == 3)
            {
                Suppress(counts.NGrams, Pack(Word(key, 0), Word(key, 1)), count);
                Suppress(counts.NGrams, Pack(Word(key, 1), Word(key, 2)), count);
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
                Offer(Pack(id));
            }
        }

        foreach (var key in recurringPhrases)
        {
            if (!counts.NGrams[key].Suppressed)
            {
                Offer(key);
            }
        }

        return top;
    }

    private static void Suppress(Dictionary<long, NGramStats> ngrams, long key, int count)
    {
        ref var stats = ref CollectionsMarshal.GetValueRefOrNullRef(ngrams, key);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref stats) && stats.Count == count)
        {
            stats.Suppressed = true;
        }
    }

    private static HashSet<long> ThemeKeys(Corpus corpus, PatternRecap[] sessions)
    {
        var keys = new HashSet<long>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Span<int> ids = stackalloc int[3];
        foreach (var session in sessions)
        {
            foreach (var theme in session.Themes ?? [])
            {
                if (string.IsNullOrWhiteSpace(theme) || !seen.Add(theme))
                {
                    continue;
                }

                var found = 0;
                var tokenizer = new TextTokenizer(theme);
                var valid = true;
                while (valid && tokenizer.Next(out var word, out _))
                {
                    var stem = corpus.LookupStem(word);
                    if (stem == Break)
                    {
                        continue;
                    }

                    if (stem < 0 || found == 3)
                    {
                        valid = false;
                        break;
                    }

                    ids[found++] = stem;
                }

                if (valid && found > 0)
                {
                    keys.Add(found switch
                    {
                        1 => Pack(ids[0]),
                        2 => Pack(ids[0], ids[1]),
                        _ => Pack(ids[0], ids[1], ids[2]),
                    });
                }
            }
        }

        return keys;
    }

    private static List<RecurringPhrase> Describe(
        Corpus corpus,
        PatternRecap[] sessions,
        List<long> top,
        Counts counts,
        HashSet<long> themeKeys)
    {
        var index = new Dictionary<long, int>(top.Count);
        var startsTop = new bool[corpus.StemText.Count];
        for (var i = 0; i < top.Count; i++)
        {
            index[top[i]] = i;
            startsTop[Word(top[i], 0)] = true;
        }

        var recapIds = new List<int>[top.Count];
        var forms = new Dictionary<long, int>[top.Count];
        for (var i = 0; i < top.Count; i++)
        {
            recapIds[i] = [];
            forms[i] = [];
        }

        var lastDoc = new int[top.Count];
        Array.Fill(lastDoc, -1);
        var stems = corpus.Stems;
        var surfaces = corpus.Surfaces;
        for (var d = 0; d < sessions.Length; d++)
        {
            var end = corpus.DocStart[d + 1];
            for (var i = corpus.DocStart[d]; i < end; i++)
            {
                if (stems[i] < 0 || !startsTop[stems[i]])
                {
                    continue;
                }

                long stemKey = 0, surfaceKey = 0;
                for (var n = 0; n < 3 && i + n < end && stems[i + n] >= 0; n++)
                {
                    stemKey = (stemKey << IdBits) | (stems[i + n] + 1L);
                    surfaceKey = (surfaceKey << IdBits) | (surfaces[i + n] + 1L);
                    if (!index.TryGetValue(stemKey, out var t))
                    {
                        continue;
                    }

                    if (lastDoc[t] != d)
                    {
                        lastDoc[t] = d;
                        recapIds[t].Add(sessions[d].Id);
                    }

                    CollectionsMarshal.GetValueRefOrAddDefault(forms[t], surfaceKey, out _)++;
                }
            }
        }

        var result = new List<RecurringPhrase>(top.Count);
        for (var t = 0; t < top.Count; t++)
        {
            var key = top[t];
            var orderedForms = forms[t]
                .Select(f => (Text: corpus.SurfaceText(f.Key), f.Value))
                .OrderByDescending(f => f.Value)
                .ThenBy(f => f.Text, StringComparer.Ordinal)
                .Select(f => f.Text)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            recapIds[t].Reverse();
            var (count, score) = counts.Of(key);
            result.Add(new RecurringPhrase(
                orderedForms[0],
                WordCount(key),
                count,
                sessions.Length,
                recapIds[t],
                orderedForms,
                Math.Round(score, 6),
                themeKeys.Contains(key)));
        }

        return result;
    }

    private struct NGramStats
    {
        public int Count;
        public int LastDoc;
        public double Score;
        public bool Suppressed;
    }

    private sealed record Counts(int[] UnigramCount, double[] UnigramScore, Dictionary<long, NGramStats> NGrams)
    {
        public (int Count, double Score) Of(long key)
        {
            if (WordCount(key) == 1)
            {
                var id = IdAt(key, 0);
                return (UnigramCount[id], UnigramScore[id]);
            }

            var stats = NGrams[key];
            return (stats.Count, stats.Score);
        }
    }

    /// <summary>Best first: score (to 6 decimals), recap count, longer phrase, then the stems in ordinal order.</summary>
    private sealed class CandidateComparer(Corpus corpus, Counts counts) : IComparer<long>
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
                c = WordCount(y).CompareTo(WordCount(x));
            }

            for (var w = 0; c == 0 && w < WordCount(x); w++)
            {
                c = string.CompareOrdinal(corpus.StemText[Word(x, w)], corpus.StemText[Word(y, w)]);
            }

            return c;
        }
    }

    /// <summary>All recaps as one stream of word ids, with <see cref="Break"/> wherever a phrase ends.</summary>
    private sealed class Corpus
    {
        private readonly Dictionary<string, int> _surfaceIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
        private readonly List<string> _surfaceText = [];
        private readonly List<int> _surfaceStem = [];
        private int[] _surfaces = [];
        private int[] _stems = [];
        private int _length;

        public List<string> StemText { get; } = [];

        public int[] DocStart { get; private set; } = [];

        public ReadOnlySpan<int> Surfaces => _surfaces.AsSpan(0, _length);

        public ReadOnlySpan<int> Stems => _stems.AsSpan(0, _length);

        public static Corpus Build(PatternRecap[] sessions)
        {
            var corpus = new Corpus();
            long chars = 0;
            foreach (var s in sessions)
            {
                chars += (s.WhatCameUp?.Length ?? 0) + (s.Takeaways?.Length ?? 0)
                    + (s.NextSteps?.Length ?? 0) + (s.ToRevisit?.Length ?? 0);
            }

            // About one word per six characters; grows if needed.
            var estimate = (int)Math.Clamp((chars / 6) + (sessions.Length * 4) + 16, 16, int.MaxValue / 4);
            corpus._surfaces = new int[estimate];
            corpus._stems = new int[estimate];
            corpus.DocStart = new int[sessions.Length + 1];
            for (var d = 0; d < sessions.Length; d++)
            {
                corpus.DocStart[d] = corpus._length;
                var s = sessions[d];
                corpus.AddField(s.WhatCameUp);
                corpus.AddField(s.Takeaways);
                corpus.AddField(s.NextSteps);
                corpus.AddField(s.ToRevisit);
            }

            corpus.DocStart[sessions.Length] = corpus._length;
            return corpus;
        }

        public string SurfaceText(long surfaceKey)
        {
            var words = WordCount(surfaceKey);
            return words switch
            {
                1 => _surfaceText[Word(surfaceKey, 0)],
                2 => string.Concat(_surfaceText[Word(surfaceKey, 0)], " ", _surfaceText[Word(surfaceKey, 1)]),
                _ => string.Join(' ', _surfaceText[Word(surfaceKey, 0)], _surfaceText[Word(surfaceKey, 1)],
                    _surfaceText[Word(surfaceKey, 2)]),
            };
        }

        /// <summary>The stem id of a word: <see cref="Break"/> for a stop word, -2 when no recap has it.</summary>
        public int LookupStem(ReadOnlySpan<char> word)
        {
            Span<char> buffer = stackalloc char[TextTokenizer.MaxTokenLength];
            var normalized = TextTokenizer.Normalize(word, buffer);
            if (IsIgnored(normalized))
            {
                return Break;
            }

            var stem = LightStemmer.StemInPlace(buffer[..normalized.Length]);
            return _stemIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var id) ? id : -2;
        }

        private static bool IsIgnored(ReadOnlySpan<char> normalized) =>
            normalized.Length < 2 || !TextTokenizer.HasLetter(normalized) || EnglishStopWords.ContainsNormalized(normalized);

        private void AddField(string? text)
        {
            Append(Break, Break);
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            var surfaces = _surfaceIds.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[TextTokenizer.MaxTokenLength];
            var tokenizer = new TextTokenizer(text);
            while (tokenizer.Next(out var word, out var brokeBefore))
            {
                if (brokeBefore)
                {
                    Append(Break, Break);
                }

                var normalized = TextTokenizer.Normalize(word, buffer);
                if (!surfaces.TryGetValue(normalized, out var surface))
                {
                    surface = AddSurface(normalized, buffer);
                }

                Append(surface, surface < 0 ? Break : _surfaceStem[surface]);
            }
        }

        private int AddSurface(ReadOnlySpan<char> normalized, Span<char> buffer)
        {
            if (_surfaceText.Count >= MaxVocabulary)
            {
                return Break;
            }

            var text = new string(normalized);
            var id = _surfaceText.Count;
            _surfaceIds.Add(text, id);
            _surfaceText.Add(text);
            if (IsIgnored(normalized))
            {
                _surfaceStem.Add(Break);
                return id;
            }

            var stem = LightStemmer.StemInPlace(buffer[..normalized.Length]);
            var stems = _stemIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!stems.TryGetValue(stem, out var stemId))
            {
                stemId = StemText.Count;
                var stemText = new string(stem);
                _stemIds.Add(stemText, stemId);
                StemText.Add(stemText);
            }

            _surfaceStem.Add(stemId);
            return id;
        }

        private void Append(int surface, int stem)
        {
            // Never two breaks in a row: they mean the same and only cost memory.
            if (stem == Break && _length > 0 && _stems[_length - 1] == Break)
            {
                return;
            }

            if (_length == _surfaces.Length)
            {
                var size = Math.Max(16, _surfaces.Length * 2);
                Array.Resize(ref _surfaces, size);
                Array.Resize(ref _stems, size);
            }

            _surfaces[_length] = surface;
            _stems[_length] = stem;
            _length++;
        }
    }
}

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
/// Each step is its own type: <see cref="PhraseCorpus"/> (the words), <see cref="PhraseCounts"/> (recaps and scores),
/// <see cref="PhraseRanking"/> (what is left out, and the order), with phrases as <see cref="PhraseKey"/> numbers;
/// this class runs them, marks the phrases that are also themes and words each one as it was most often written.
/// </summary>
public static class PhraseAnalysis
{
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

        var corpus = PhraseCorpus.Build(sessions);
        var minRecaps = Math.Max(1, options.MinRecapsForPhrase);
        var counts = PhraseCounts.Count(corpus, minRecaps);
        var top = PhraseRanking.SelectTop(corpus, counts, minRecaps, options.MaxPhrases);
        if (top.Count == 0)
        {
            return [];
        }

        var themeKeys = ThemeKeys(corpus, sessions);
        return Describe(corpus, sessions, top, counts, themeKeys);
    }

    private static HashSet<long> ThemeKeys(PhraseCorpus corpus, PatternRecap[] sessions)
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
                    if (stem == PhraseCorpus.Break)
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
                        1 => PhraseKey.Pack(ids[0]),
                        2 => PhraseKey.Pack(ids[0], ids[1]),
                        _ => PhraseKey.Pack(ids[0], ids[1], ids[2]),
                    });
                }
            }
        }

        return keys;
    }

    private static List<RecurringPhrase> Describe(
        PhraseCorpus corpus,
        PatternRecap[] sessions,
        List<long> top,
        PhraseCounts counts,
        HashSet<long> themeKeys)
    {
        var index = new Dictionary<long, int>(top.Count);
        var startsTop = new bool[corpus.StemText.Count];
        for (var i = 0; i < top.Count; i++)
        {
            index[top[i]] = i;
            startsTop[PhraseKey.Word(top[i], 0)] = true;
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
                    stemKey = PhraseKey.Append(stemKey, stems[i + n]);
                    surfaceKey = PhraseKey.Append(surfaceKey, surfaces[i + n]);
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
                PhraseKey.WordCount(key),
                count,
                sessions.Length,
                recapIds[t],
                orderedForms,
                Math.Round(score, 6),
                themeKeys.Contains(key)));
        }

        return result;
    }
}

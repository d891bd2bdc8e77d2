using System.Text;

namespace Undertone.Benchmarks.Journal;

/// <summary>A deterministic, made-up journal for measuring the patterns analysis.</summary>
public static class PatternsSampleJournal
{
    private static readonly string[] StopWords =
        ["i", "the", "and", "to", "a", "of", "my", "it", "that", "was", "in", "we", "about", "with", "but", "so",
         "is", "for", "me", "not", "when", "how", "this", "felt", "feel", "just", "really", "talked", "think"];

    private static readonly string[] Phrases =
        ["setting boundaries", "inner critic", "my mum's birthday", "feeling overwhelmed", "panic attacks",
         "work deadlines", "sleep routine", "saying no", "self-care plan", "body scan"];

    private static readonly string[] Themes =
        ["work", "family", "sleep", "boundaries", "grief", "anxiety", "friendship", "self-worth", "anger",
         "rest", "money", "health", "partner", "childhood", "change", "loneliness", "joy", "shame", "school", "body"];

    public static (PatternRecap[] Recaps, PatternQuestion[] Questions) Create(int count, int wordsPerRecap, int seed)
    {
        var random = new Random(seed);
        var vocabulary = MakeVocabulary(random, 4_000);
        var cumulative = ZipfCumulative(vocabulary.Length);
        var start = new DateOnly(2020, 1, 6);
        var recaps = new PatternRecap[count];
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var fields = new string[4];
            for (var f = 0; f < fields.Length; f++)
            {
                text.Clear();
                var words = wordsPerRecap / fields.Length;
                var inSentence = 0;
                for (var w = 0; w < words; w++)
                {
                    var roll = random.NextDouble();
                    var word = roll < 0.45 ? StopWords[random.Next(StopWords.Length)]
                        : roll < 0.47 ? Phrases[random.Next(Phrases.Length)]
                        : vocabulary[Pick(cumulative, random.NextDouble())];
                    if (inSentence == 0)
                    {
                        word = char.ToUpperInvariant(word[0]) + word[1..];
                    }

                    text.Append(word);
                    inSentence++;
                    if (inSentence > 6 + random.Next(10))
                    {
                        text.Append(random.Next(3) == 0 ? ",\n" : ". ");
                        inSentence = 0;
                    }
                    else
                    {
                        text.Append(' ');
                    }
                }

                fields[f] = text.ToString();
            }

            var themes = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Themes[random.Next(Themes.Length)]).Distinct().ToArray();
            recaps[i] = new PatternRecap(i + 1, start.AddDays(i), themes, fields[0], fields[1], fields[2], fields[3])
            {
                HasTakeaway = random.Next(4) != 0,
            };
        }

        var questions = Enumerable.Range(1, 200)
            .Select(q => new PatternQuestion(q, "Question " + q, start.AddDays(q * 3), q % 3 == 0))
            .ToArray();
        return (recaps, questions);
    }

    private static string[] MakeVocabulary(Random random, int size)
    {
        string[] onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cl", "st", "tr"];
        string[] vowels = ["a", "e", "i", "o", "u", "ea", "ou"];
        string[] codas = ["", "n", "r", "t", "nd", "st", "ck", "ng"];
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var syllables = 1 + random.Next(3);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(codas[random.Next(codas.Length)]);
            }

            if (random.Next(5) == 0)
            {
                word.Append('s');
            }

            words.Add(word.ToString());
        }

        return [.. words];
    }

    private static double[] ZipfCumulative(int size)
    {
        var cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        for (var i = 0; i < size; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    private static int Pick(double[] cumulative, double roll)
    {
        var at = Array.BinarySearch(cumulative, roll);
        return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
    }
}

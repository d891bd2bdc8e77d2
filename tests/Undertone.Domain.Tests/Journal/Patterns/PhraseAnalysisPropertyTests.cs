namespace Undertone.Domain.Tests.Journal.Patterns;

public class PhraseAnalysisPropertyTests
{
    private static readonly DateOnly Start = new(2025, 6, 1);

    /// <summary>Made-up content words: consonant-vowel patterns that are not stop words and not plurals.</summary>
    private static readonly Gen<string> ContentWord =
        Gen.Select(
                Gen.Char["bcdfgklmnprtvz"],
                Gen.Char["aeiou"],
                Gen.Char["bcdfgklmnprtvz"],
                Gen.Char["aeo"],
                Gen.Char["bdfgklmnprtz"],
                Gen.Int[0, 2])
            .Select((a, b, c, d, e, extra) => new string([a, b, c, d, e]) + (extra switch { 0 => "", 1 => "y", _ => "er" }))
            .Where(w => !EnglishStopWords.Contains(w));

    private static readonly Gen<string> StopWord = Gen.OneOf([.. EnglishStopWords.All.Order(StringComparer.Ordinal)]);

    /// <summary>Words that appear in one recap only: the recap's number in letters, so never shared.</summary>
    private static string Filler(int recap, int word) =>
        "q" + new string([.. $"{recap:D3}{word:D2}".Select(c => (char)('a' + (c - '0')))]) + "x";

    private static string RandomCase(string word, int seed) =>
        (seed % 3) switch
        {
            0 => word,
            1 => word.ToUpperInvariant(),
            _ => char.ToUpperInvariant(word[0]) + word[1..],
        };

    private static string Plural(string word) =>
        word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ies"
        : word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            || word.EndsWith('x') || word.EndsWith('z') ? word + "es"
        : word + "s";

    /// <summary>A recap of filler and stop words, with <paramref name="insert"/> as a sentence of its own.</summary>
    private static PatternRecap Recap(int id, int seed, string? insert)
    {
        var words = new List<string>();
        for (var w = 0; w < 6 + (seed % 5); w++)
        {
            words.Add(Filler(id, w));
            if ((seed + w) % 2 == 0)
            {
                words.Add(EnglishStopWords.All.ElementAt((seed * 7 + w) % EnglishStopWords.All.Count));
            }
        }

        var text = string.Join(' ', words) + ".";
        if (insert is not null)
        {
            text = (seed % 2 == 0 ? insert + ". " + text : text + " " + insert + "!")
                + ((seed % 3 == 0) ? " And again: " + insert + "." : "");
        }

        return new PatternRecap(id, Start.AddDays(id), [], seed % 4 == 0 ? null : text, seed % 4 == 0 ? text : null, null, null);
    }

    [Fact]
    public void PhraseInKOfNRecaps_IsReportedWithExactlyK()
    {
        Gen.Select(ContentWord, ContentWord, Gen.Int[2, 25], Gen.Int[0, 1_000_000], Gen.Bool)
            .Where((first, second, _, _, _) => LightStemmer.Stem(first) != LightStemmer.Stem(second))
            .SelectMany((first, second, n, seed, twoWords) =>
                Gen.Int[2, n].SelectMany(k => Gen.Shuffle(Enumerable.Range(1, n).ToArray(), k))
                    .Select(chosen => (Phrase: twoWords ? first + " " + second : first, n, seed, Chosen: chosen)))
            .Sample(c =>
            {
                var chosen = c.Chosen.ToHashSet();
                var recaps = Enumerable.Range(1, c.n)
                    .Select(id => Recap(id, c.seed + id, chosen.Contains(id) ? RandomCase(c.Phrase, c.seed + id) : null))
                    .ToArray();

                var found = PhraseAnalysis.Find(recaps).Single(p => p.Text == c.Phrase);

                Assert.Equal(chosen.Count, found.RecapCount);
                Assert.Equal(c.n, found.OutOf);
                Assert.Equal(chosen.OrderDescending(), found.RecapIds);
            }, iter: 300);
    }

    [Fact]
    public void StopWords_AreNeverReported()
    {
        var word = Gen.Frequency((3, StopWord), (1, ContentWord), (1, StopWord.Select(w => w.Replace('\'', '\u2019'))));
        var recap = word.Array[1, 30].Select(w => string.Join(' ', w));
        Gen.Select(recap.Array[2, 12], Gen.Int[0, 1000])
            .Sample((texts, seed) =>
            {
                var recaps = texts.Select((t, i) => new PatternRecap(i + 1, Start.AddDays(i), [], RandomCase(t, seed + i), null, null, null));

                var phrases = PhraseAnalysis.Find(recaps, PatternOptions.Default with { MaxPhrases = 100 });

                foreach (var phrase in phrases)
                {
                    foreach (var form in phrase.Forms)
                    {
                        Assert.All(form.Split(' '), w => Assert.False(EnglishStopWords.Contains(w), $"'{w}' in '{form}'"));
                    }
                }
            }, iter: 300);
    }

    [Fact]
    public void Stemming_MergesPluralsWithTheSingular()
    {
        Gen.Select(ContentWord, Gen.Int[2, 12], Gen.Int[0, 1_000_000])
            .SelectMany((word, n, seed) => Gen.Bool.Array[n].Select(plural => (word, n, seed, plural)))
            .Sample(c =>
            {
                var recaps = Enumerable.Range(1, c.n)
                    .Select(id => Recap(id, c.seed + id, c.plural[id - 1] ? Plural(c.word) : c.word))
                    .ToArray();

                var phrase = Assert.Single(PhraseAnalysis.Find(recaps));

                Assert.Equal(c.n, phrase.RecapCount);
                Assert.Equal(LightStemmer.Stem(c.word), LightStemmer.Stem(phrase.Text));
                Assert.Equal(c.plural.Distinct().Count(), phrase.Forms.Count);
            }, iter: 300);
    }

    [Fact]
    public void Stemmer_SingularAndPlural_HaveTheSameStem()
    {
        ContentWord.Sample(w => Assert.Equal(LightStemmer.Stem(w), LightStemmer.Stem(Plural(w))), iter: 1000);
    }

    [Fact]
    public void Result_DoesNotDependOnInputOrder()
    {
        var word = Gen.OneOf("anger", "shame", "sleep", "work", "mum", "boundaries", "boundary", "grief", "the", "and");
        var text = word.Array[1, 12].Select(w => string.Join(' ', w));
        var recaps = Gen.Select(text, Gen.Int[0, 40]).Array[2, 15]
            .Select(items => items.Select((r, i) => new PatternRecap(i + 1, Start.AddDays(r.Item2), [], r.Item1, null, null, null)).ToArray());

        Gen.Select(recaps, Gen.Int[0, 1000])
            .Sample((input, seed) =>
            {
                var shuffled = input.OrderBy(r => (r.Id * 7919 + seed) % 1009).ToArray();

                var a = PhraseAnalysis.Find(input);
                var b = PhraseAnalysis.Find(shuffled);

                Assert.Equal(Describe(a), Describe(b));
            }, iter: 300);
    }

    [Fact]
    public void EqualPhrases_AreOrderedAlphabetically_WhateverTheOrderWritten()
    {
        Gen.Shuffle(new[] { "kiwi", "mango", "apple", "plum", "fig" }).Array[2, 6]
            .Sample(orders =>
            {
                var recaps = orders.Select((o, i) => new PatternRecap(i, Start, [], string.Join(". ", o), null, null, null));

                var texts = PhraseAnalysis.Find(recaps).Select(p => p.Text);

                Assert.Equal(["apple", "fig", "kiwi", "mango", "plum"], texts);
            }, iter: 100);
    }

    private static List<string> Describe(IReadOnlyList<RecurringPhrase> phrases) =>
        [.. phrases.Select(p => $"{p.Text}|{p.RecapCount}|{p.Score}|{string.Join(',', p.RecapIds)}|{string.Join(',', p.Forms)}")];
}

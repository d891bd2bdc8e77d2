namespace Undertone.Domain.Tests.Journal.Patterns;

public class PhraseAnalysisTests
{
    [Fact]
    public void Find_EmptyJournal_IsEmpty()
    {
        Assert.Empty(FindIn());
    }

    [Fact]
    public void Find_RecapsWithNoText_IsEmpty()
    {
        Assert.Empty(PhraseAnalysis.Find([Recap(1), Recap(2, cameUp: "   "), Recap(3, takeaways: "...!")]));
    }

    [Fact]
    public void Find_OneRecap_HasNothingRecurring()
    {
        Assert.Empty(PhraseAnalysis.Find([Recap(1, cameUp: "Setting boundaries. Setting boundaries again.")]));
    }

    [Fact]
    public void Find_NumbersTimeWordsAndWeakWords_AreNeverAPattern()
    {
        // The noise a product walk found among the "phrases": week, three, twice, small, badly, bed.
        var phrases = FindIn(
            "Slept badly three nights this week. Went to bed late twice. A small win with my sister.",
            "Another week, three bad nights. Bed by midnight twice. Small steps with my sister.",
            "Last week I slept badly again, three times. Bed early. Small talk with my sister went well.").Select(p => p.Text).ToList();

        Assert.Contains("sister", phrases);
        string[] noise = ["week", "three", "twice", "small", "badly", "bed", "late", "last", "times"];
        Assert.DoesNotContain(phrases, p => p.Split(' ').Any(w => noise.Contains(w)));
    }

    [Fact]
    public void Find_PhraseInThreeOfFourRecaps_SaysSo_AndLinksThoseRecaps()
    {
        PatternRecap[] recaps =
        [
            Recap(1, cameUp: "We talked about setting boundaries with my mum."),
            Recap(2, cameUp: "Work was loud."),
            Recap(3, takeaways: "Setting boundaries is allowed."),
            Recap(4, nextSteps: "Practise setting boundaries; write it down first."),
        ];

        var phrase = Assert.Single(PhraseAnalysis.Find(recaps));

        Assert.Equal("setting boundaries", phrase.Text);
        Assert.Equal(2, phrase.WordCount);
        Assert.Equal(3, phrase.RecapCount);
        Assert.Equal(4, phrase.OutOf);
        Assert.Equal([4, 3, 1], phrase.RecapIds);
    }

    [Fact]
    public void Find_PluralsAndPossessives_CountTogether_ShowingTheMostCommonForm()
    {
        var phrase = Assert.Single(FindIn("Boundaries at work.", "One boundary held.", "More boundaries.", "The boundary's edge."));

        Assert.Equal("boundaries", phrase.Text);
        Assert.Equal(4, phrase.RecapCount);
        Assert.Equal(["boundaries", "boundary", "boundary's"], phrase.Forms);
    }

    /// <summary>Two recaps that say "what came up" in their own words, and the phrases found in both, in order.</summary>
    [Theory]
    [InlineData("curly apostrophes and case are ignored", "Mum\u2019s Birthday", "mum's birthday", new[] { "mum's birthday" })]
    [InlineData("phrases stop at punctuation and line breaks", "anger, shame\ngrief", "anger. shame\ngrief", new[] { "anger", "grief", "shame" })]
    [InlineData("stop words end a phrase", "fear of failure", "fear of failure", new[] { "failure", "fear" })]
    [InlineData("an exact tie is alphabetical", "zebra. apple. mango", "mango. zebra. apple", new[] { "apple", "mango", "zebra" })]
    [InlineData("numbers and single letters are not patterns", "2026 x 10", "2026 x 10", new string[0])]
    [InlineData("hyphenated words stay whole", "self-care plan", "self-care plan", new[] { "self-care plan" })]
    public void Find_TwoRecaps_ListTheRecurringPhrases(string rule, string first, string second, string[] expected)
    {
        var phrases = FindIn(first, second);

        Assert.True(expected.SequenceEqual(phrases.Select(p => p.Text)), $"{rule}: {string.Join(" | ", phrases.Select(p => p.Text))}");
        Assert.All(phrases, p => Assert.Equal(2, p.RecapCount));
    }

    [Fact]
    public void Find_RepeatedWithinOneRecap_CountsOnce()
    {
        PatternRecap[] recaps =
        [
            Recap(1, cameUp: "Panic. Panic again.", takeaways: "Panic passes.", revisit: "panic"),
            Recap(2, cameUp: "Panic on the bus."),
        ];

        var phrase = Assert.Single(PhraseAnalysis.Find(recaps));

        Assert.Equal(2, phrase.RecapCount);
    }

    [Fact]
    public void Find_AWordAlsoUsedOutsideALongerPhrase_IsListedOnItsOwnToo()
    {
        var phrases = FindIn("morning anxiety", "morning anxiety", "anxiety at night").ToDictionary(p => p.Text);

        Assert.Equal(2, phrases["morning anxiety"].RecapCount);
        Assert.Equal(3, phrases["anxiety"].RecapCount);
        Assert.False(phrases.ContainsKey("morning"));
    }

    [Fact]
    public void Find_ThreeWordPhrase_HidesItsPartsWhenTheyNeverAppearAlone()
    {
        PatternRecap[] recaps = [Recap(1, cameUp: "inner critic voice"), Recap(2, takeaways: "Inner critic voice, again")];

        var phrase = Assert.Single(PhraseAnalysis.Find(recaps));

        Assert.Equal("inner critic voice", phrase.Text);
        Assert.Equal(3, phrase.WordCount);
    }

    [Fact]
    public void Find_RecentRecapsWeighMore()
    {
        // "grief" is in two old recaps, "sleep" in the two newest: same count, sleep first.
        PatternRecap[] recaps =
        [
            Recap(1, cameUp: "grief"),
            Recap(2, cameUp: "grief"),
            .. Enumerable.Range(3, 20).Select(i => Recap(i, cameUp: "filler" + i)),
            Recap(23, cameUp: "sleep"),
            Recap(24, cameUp: "sleep"),
        ];

        var texts = PhraseAnalysis.Find(recaps).Select(p => p.Text).ToList();

        Assert.Equal(["sleep", "grief"], texts);
    }

    [Fact]
    public void Find_KeepsAtMostMaxPhrases_TheBestOnes()
    {
        var recaps = Enumerable.Range(1, 6)
            .Select(i => Recap(i, cameUp: string.Join(". ", Enumerable.Range(i, 7 - i).Select(w => "word" + (char)('a' + w)))))
            .ToArray();

        var phrases = PhraseAnalysis.Find(recaps, PatternOptions.Default with { MaxPhrases = 2 });

        // wordg is in all six recaps, wordf in five, worde in four...
        Assert.Equal(["wordg", "wordf"], phrases.Select(p => p.Text));
        Assert.Equal([6, 5], phrases.Select(p => p.RecapCount));
    }

    [Fact]
    public void Find_AccentsAndOtherScripts_AreWords()
    {
        var texts = FindIn("Café anxiety. Ängste", "café anxiety, ängste").Select(p => p.Text).ToList();

        Assert.Contains("café anxiety", texts);
        Assert.Contains("ängste", texts);
    }

    [Fact]
    public void Find_PhraseThatIsAlreadyATheme_IsMarked()
    {
        PatternRecap[] recaps = [Recap(1, themes: ["Boundary"], cameUp: "boundaries. sleep"), Recap(2, cameUp: "boundaries. sleep")];

        var phrases = PhraseAnalysis.Find(recaps).ToDictionary(p => p.Text);

        Assert.True(phrases["boundaries"].MatchesTheme);
        Assert.False(phrases["sleep"].MatchesTheme);
    }

    [Fact]
    public void Find_VeryLongTokens_AreSkipped()
    {
        var url = "https://example.org/" + new string('a', 80);
        PatternRecap[] recaps = [Recap(1, cameUp: url), Recap(2, cameUp: url)];

        Assert.DoesNotContain(PhraseAnalysis.Find(recaps), p => p.Text.Contains("aaaa", StringComparison.Ordinal));
    }

    /// <summary>The phrases found in recaps 1..n, each holding one text as what came up.</summary>
    private static IReadOnlyList<RecurringPhrase> FindIn(params string[] cameUp) =>
        PhraseAnalysis.Find([.. cameUp.Select((text, i) => Recap(i + 1, cameUp: text))]);
}

namespace Undertone.Data.Tests.Journal;

public sealed class SearchTermsTests
{
    [Fact]
    public void Split_DropsWordsWithoutLettersOrDigits_AndTreatsControlCharactersAsSpaces()
    {
        Assert.Equal(["sleep", "work"], SearchTerms.Split("  sleep \0 -- * work\t"));
        Assert.Empty(SearchTerms.Split(" \"\" ^ "));
        Assert.Empty(SearchTerms.Split(null));
    }

    [Fact]
    public void Split_KeepsAtMostTwelveWordsOfAHundredCharacters()
    {
        var words = SearchTerms.Split(string.Join(' ', Enumerable.Range(1, 20).Select(i => "word" + i)) + " " + new string('x', 300));

        Assert.Equal(SearchTerms.MaxTerms, words.Count);
        Assert.Equal("word12", words[^1]);
        Assert.Equal(100, SearchTerms.Split(new string('x', 300)).Single().Length);
    }

    [Theory]
    [InlineData("Work", "work", "worl")]
    [InlineData("step2", "step2", "step3")]
    [InlineData("fizz", "fizz", "fiz{")]
    public void LookUpRange_CoversExactlyTheLowercaseWordsStartingWithTheTerm(string term, string from, string to)
    {
        Assert.Equal((from, to), SearchTerms.LookUpRange(term));
    }

    [Theory]
    [InlineData("wor")] // short: the prefix index is quicker
    [InlineData("café")] // only FTS5 knows how it folds this
    [InlineData("日本語です")]
    [InlineData("don't")]
    public void LookUpRange_LeavesShortAndNonAsciiWordsToFts5(string term)
    {
        Assert.Null(SearchTerms.LookUpRange(term));
    }

    [Fact]
    public void Parts_QuoteEveryWord_SoFtsSyntaxIsPlainText()
    {
        Assert.Equal("(\"work\" OR \"worked\")", SearchTerms.AnyOf(["work", "worked"]));
        Assert.Equal("\"a\"\"b\"*", SearchTerms.Prefix("a\"b"));
        Assert.Equal("\"I\"", SearchTerms.Prefix("I"));
        Assert.Equal("\"x\"* AND (\"y\")", SearchTerms.AllOf(["\"x\"*", "(\"y\")"]));
    }
}

namespace Undertone.Data.Tests.Journal;

public sealed class SnippetPartTests
{
    private const char Start = JournalSearch.HighlightStart;
    private const char End = JournalSearch.HighlightEnd;

    [Fact]
    public void Split_MarksTheHighlightedWords()
    {
        var parts = SnippetPart.Split($"we talked about {Start}boundaries{End} at work");

        Assert.Equal(
            [new SnippetPart("we talked about ", false), new SnippetPart("boundaries", true), new SnippetPart(" at work", false)],
            parts);
    }

    [Fact]
    public void Split_EmptyFieldsBetweenAndAfter_LeaveOneSeparatorAndNoTrailingDots()
    {
        var parts = SnippetPart.Split($"\nWe talked about the {Start}move{End}\n\n\n\nCall Sam\n\n\n");

        Assert.Equal("We talked about the move · Call Sam", string.Concat(parts.Select(p => p.Text)));
    }
}

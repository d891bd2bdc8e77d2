namespace Undertone.Pdf.Tests.Layout;

public sealed class LineBreakerTests : IDisposable
{
    private readonly FontCache _fonts = new();
    private readonly LineBreaker _breaker;

    public LineBreakerTests() => _breaker = new LineBreaker(new FontResolver(NoFallbackFonts.Instance), _fonts);

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void Wrap_LongParagraph_EveryLineFitsAndNoWordIsLost()
    {
        var words = Enumerable.Range(1, 120).Select(i => $"word{i}").ToList();
        var text = string.Join(' ', words);

        var lines = _breaker.Wrap(text, TextStyle.Body, 200f);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(l.Width <= 200f, $"{l.Width} > 200"));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_LineBreaksTheUserTyped_AreKept()
    {
        var lines = _breaker.Wrap("First line\nSecond line\n\nAfter a blank line", TextStyle.Body, 400f);

        Assert.Equal(["First line", "Second line", "", "After a blank line"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Wrap_WordWiderThanTheLine_IsSplitBetweenCharacters()
    {
        var link = "https://example.org/" + new string('a', 300);

        var lines = _breaker.Wrap(link, TextStyle.Body, 150f);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 150f));
        Assert.Equal(link, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_WithFallbackRuns_KeepsTextInOrder()
    {
        var breaker = new LineBreaker(new FontResolver(TestFallbackFonts.Hebrew), _fonts);
        var text = string.Join(' ', Enumerable.Repeat("hello שלום world", 20));

        var lines = breaker.Wrap(text, TextStyle.Body, 180f);

        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
        Assert.Contains(lines.SelectMany(l => l.Runs), r => ReferenceEquals(r.Typeface, TestFallbackFonts.Typeface));
    }
}

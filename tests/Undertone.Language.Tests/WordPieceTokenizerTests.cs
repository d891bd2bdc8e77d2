namespace Undertone.Language.Tests;

public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "vocab.txt")));

    // As Hugging Face's BertTokenizer splits them (accents stripped: the model package's own tokenizer keeps "café"
    // whole and so gives [UNK]; a dash is punctuation of its own).
    [Theory]
    [InlineData("unaffable", "una ##ffa ##ble")]
    [InlineData("Remembering", "remembering")]
    [InlineData("I'd record it.", "i ' d record it .")]
    [InlineData("Café  naïve", "cafe naive")]
    [InlineData("recordinggg", "recording ##gg")]
    [InlineData("Don't worry—it's fine!", "don ' t worry — it ' s fine !")]
    public void Tokenize_SplitsAsBertUncasedDoes(string text, string pieces)
    {
        var ids = new List<int>();
        Tokenizer.Tokenize(text, ids);
        var vocabulary = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "vocab.txt"));

        Assert.Equal(pieces, string.Join(' ', ids.Select(id => vocabulary[id])));
    }

    [Fact]
    public void AWordNoPieceCovers_IsOneUnknown()
    {
        var ids = new List<int>();
        Tokenizer.Tokenize("a ☃ b", ids);

        Assert.Equal(3, ids.Count);
        Assert.Equal(Tokenizer.Unknown, ids[1]);
    }
}

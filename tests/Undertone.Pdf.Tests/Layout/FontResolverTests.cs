namespace Undertone.Pdf.Tests.Layout;

public class FontResolverTests
{
    private static readonly FontResolver WithoutFallback = new(NoFallbackFonts.Instance);

    [Theory]
    [InlineData("Plain ASCII text.")]
    [InlineData("Café über naïve Łódź")]
    [InlineData("“Quoted” it’s — dash… ellipsis • ≥ π € №")]
    [InlineData("Ελληνικά Кириллица Ukrainian ґ є ї")]
    [InlineData("Tiếng Việt có dấu")]
    public void Split_TextTheFontHas_IsOneRunInTheBuiltInFont(string text)
    {
        var runs = WithoutFallback.Split(text, bold: false);

        var run = Assert.Single(runs);
        Assert.Equal(text, run.Text);
        Assert.Same(EmbeddedFonts.Regular, run.Typeface);
    }

    [Fact]
    public void Split_BoldText_UsesTheBoldFont()
    {
        var run = Assert.Single(WithoutFallback.Split("Heading ü", bold: true));

        Assert.Same(EmbeddedFonts.Bold, run.Typeface);
    }

    [Theory]
    [InlineData("Tea 日本語 time", "Tea □□□ time")]
    [InlineData("Calm 🙂 now", "Calm □ now")]
    [InlineData("Family 👩‍👩‍👧 and flag 🇳🇿.", "Family □ and flag □.")]
    [InlineData("Heart ❤️ here", "Heart □ here")]
    [InlineData("Thumbs 👍🏽!", "Thumbs □!")]
    [InlineData("한국어", "□□□")]
    public void Split_NoFontHasIt_EachCharacterBecomesOneVisibleSquare(string text, string expected)
    {
        var runs = WithoutFallback.Split(text, bold: false);

        Assert.Equal(expected, string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.Same(EmbeddedFonts.Regular, r.Typeface));
    }

    [Fact]
    public void Split_AnInstalledFontHasIt_ThatFontDrawsIt()
    {
        var resolver = new FontResolver(TestFallbackFonts.Hebrew);

        var runs = resolver.Split("Shalom שלום, friend 🙂", bold: false);

        Assert.Collection(runs,
            r => Assert.Equal(("Shalom ", EmbeddedFonts.Regular), (r.Text, r.Typeface)),
            r => Assert.Equal(("שלום", TestFallbackFonts.Typeface), (r.Text, r.Typeface)),
            r => Assert.Equal((", friend □", EmbeddedFonts.Regular), (r.Text, r.Typeface)));
    }

    [Fact]
    public void Split_InvisibleFormattingCharacters_AreDropped()
    {
        var text = "soft\u00ADhyphen zero\u200Bwidth \u200Emark";

        var run = Assert.Single(WithoutFallback.Split(text, bold: false));

        Assert.Equal("softhyphen zerowidth mark", run.Text);
    }

    [Fact]
    public void Split_CombiningAccent_IsPrintedAsOneLetter()
    {
        var run = Assert.Single(WithoutFallback.Split("Cafe\u0301", bold: false));

        Assert.Equal("Café", run.Text);
    }

    [Fact]
    public void Split_TabsAndControlCharacters_BecomeSpaceOrNothing()
    {
        var run = Assert.Single(WithoutFallback.Split("a\tb\u0007c", bold: false));

        Assert.Equal("a bc", run.Text);
    }

    [Fact]
    public void SystemFallback_NeverReturnsAFontWithoutTheCharacter()
    {
        // Whatever fonts this machine has: a found font must really have the glyph, so nothing prints as an empty box.
        foreach (var cp in new[] { 0x65E5, 0x1F642, 0x05D0, 0x0E01, 0x10D0 })
        {
            var found = SystemFallbackFonts.Instance.Find(cp, bold: false);
            Assert.True(found is null || FontResolver.Contains(found, cp), $"U+{cp:X4}");
        }
    }
}

using Xunit;

namespace Undertone.TestSupport.Text;

/// <summary>
/// What a page, a PDF or a message says, phrase by phrase and to the letter: a failure names the phrase that is
/// missing (or should not be there) instead of one long list of assertions each tests repeats.
/// </summary>
public static class TextAssert
{
    /// <summary>Every one of <paramref name="phrases"/> stands in <paramref name="text"/>.</summary>
    public static void Says(string text, params string[] phrases) =>
        Assert.All(phrases, phrase => Assert.Contains(phrase, text, StringComparison.Ordinal));

    /// <summary>None of <paramref name="phrases"/> stands in <paramref name="text"/>.</summary>
    public static void DoesNotSay(string text, params string[] phrases) =>
        Assert.All(phrases, phrase => Assert.DoesNotContain(phrase, text, StringComparison.Ordinal));
}

namespace Undertone.Domain.Tests.Consent;

public sealed class ScriptComposerExhaustiveTests
{
    public static IEnumerable<ConsentAsk> EveryCombination(ConsentAsk template) => AskCombinations.Every(template);

    [Fact]
    public void EveryCombination_Has4860Asks()
    {
        Assert.Equal(4_860, EveryCombination(new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }).Count());
    }

    [Fact]
    public void Compose_EveryCombination_WithEverythingSwitchedOn_IsWellFormedAndPassesTheCheck()
    {
        AssertAll(AskCombinations.EverythingOn);
    }

    [Fact]
    public void Compose_EveryCombination_WithOneReasonAndNoNames_IsWellFormedAndPassesTheCheck()
    {
        AssertAll(new ConsentAsk { Reasons = [AskReason.NoticePatterns] });
    }

    [Fact]
    public void Compose_EveryCombination_WithOnlyACustomReason_IsWellFormedAndPassesTheCheck()
    {
        AssertAll(new ConsentAsk { Reasons = [], CustomReason = "I want to be present instead of taking notes" });
    }

    [Fact]
    public void Compose_EveryCombination_WithOnlyACustomReasonThatStartsWithSo_IsWellFormedAndPassesTheCheck()
    {
        AssertAll(new ConsentAsk { Reasons = [], CustomReason = "so I can be present instead of taking notes" });
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 5)]
    [InlineData(5, 4)]
    [InlineData(5, 5)]
    public void Compose_EveryCombination_WithManyReasonsAndNoNamedPeople_StaysWithinTheWordLimit(int reasons, int contexts)
    {
        // The longest messages: our own fallbacks ("one other person") stand where no name was given. Found by the
        // sampled property test: short, warm, audio, shared access with no name, two reasons and two contexts ran to 82.
        AssertAll(new ConsentAsk
        {
            Reasons = Enum.GetValues<AskReason>()[..reasons],
            MemoryContexts = Enum.GetValues<MemoryContext>()[..contexts],
            CustomReason = "blur sleep",
        });
    }

    private static void AssertAll(ConsentAsk template)
    {
        var count = 0;
        foreach (var ask in EveryCombination(template))
        {
            ScriptAssert.WellFormed(ask, ScriptComposer.Compose(ask));
            count++;
        }

        Assert.Equal(4_860, count);
    }
}

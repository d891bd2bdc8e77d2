namespace Undertone.Language.Tests;

public sealed class ComposedMessageTests
{
    public static TheoryData<string> Templates => new() { "every reason and names", "one reason", "own reason only", "two reasons, contexts" };

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryComposedMessage_GetsNoFinding_FromTheCheckWithTheModel(string template)
    {
        // Not AskCombinations.EverythingOn: the trainer learns from that one, so this template has other names and words.
        var ask = template switch
        {
            "every reason and names" => new ConsentAsk
            {
                Reasons = Enum.GetValues<AskReason>(),
                MemoryContexts = Enum.GetValues<MemoryContext>(),
                CustomReason = "the week blurs it all together",
                AccessPerson = "my sister Jo",
                SharePerson = "my GP",
                TherapistName = "Dr. Łucja Nowak",
                UserName = "Robin",
            },
            "one reason" => new ConsentAsk { Reasons = [AskReason.NoticePatterns] },
            "own reason only" => new ConsentAsk { Reasons = [], CustomReason = "so I can be present instead of taking notes" },
            _ => new ConsentAsk { Reasons = Enum.GetValues<AskReason>()[..2], MemoryContexts = Enum.GetValues<MemoryContext>()[..2], CustomReason = "blur sleep" },
        };
        var count = 0;
        foreach (var combination in AskCombinations.Every(ask))
        {
            var text = ScriptComposer.Compose(combination).Text;
            var findings = MessageCheck.Run(text, combination, SharedModel.Remembering);
            Assert.True(findings.Count == 0, $"{combination}: {string.Join("; ", findings.Select(f => $"{f.Kind} at \"{text.Substring(f.Start, f.Length)}\""))}");
            count++;
        }

        Assert.Equal(4_860, count);
    }
}

namespace Undertone.Domain.Tests.Consent;

/// <summary>
/// Every combination of format, storage, access, retention, use, tone, length and delivery, with every way of
/// naming the people involved (none, different people, the same person twice, one side unnamed) and with few or many
/// reasons: each composed message is read for statements that contradict each other.
/// </summary>
public sealed class ScriptContradictionTests
{
    public static TheoryData<string?, string?> Names => new()
    {
        { null, null },
        { "my partner Alex", "my psychiatrist Dr. Okafor" },
        { "my partner", "My Partner" },
        { "my partner", null },
        { null, "my psychiatrist" },
    };

    private static readonly ConsentAsk[] ReasonShapes =
    [
        new()
        {
            Reasons = Enum.GetValues<AskReason>(),
            MemoryContexts = Enum.GetValues<MemoryContext>(),
            CustomReason = "so I can be present instead of taking notes",
            TherapistName = "Dr. Lee",
            UserName = "Sam",
        },
        new() { Reasons = [AskReason.RevisitWhenCalmer, AskReason.NoticePatterns], CustomReason = "by the evening it's all a blur" },
        new() { Reasons = [], CustomReason = "I freeze up" },
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Compose_EveryCombination_SaysNothingThatContradictsItself(string? accessPerson, string? sharePerson)
    {
        var count = 0;
        foreach (var shape in ReasonShapes)
        {
            foreach (var ask in ScriptComposerExhaustiveTests.EveryCombination(shape with { AccessPerson = accessPerson, SharePerson = sharePerson }))
            {
                var text = ScriptComposer.Compose(ask).Text;
                var problem = MessageClaims.Contradiction(ask, text);
                Assert.True(problem is null, $"{problem}\n--- {ask.Access}, {ask.Use}, {ask.Storage}, {ask.Length}\n{text}");
                count++;
            }
        }

        Assert.Equal(3 * 4_860, count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(365)]
    public void Compose_EveryCombination_WithAnyNumberOfDays_SaysThatNumber(int days)
    {
        foreach (var ask in ScriptComposerExhaustiveTests.EveryCombination(new ConsentAsk { Reasons = [AskReason.TrackNextSteps] }))
        {
            var withDays = ask with { Retention = RetentionRule.DeleteAfterDays(days) };
            var text = ScriptComposer.Compose(withDays).Text;
            Assert.True(MessageClaims.Contradiction(withDays, text) is null, text);
        }
    }

    [Theory]
    [InlineData("Apart from me, only my partner could open it. I'd delete it once I've reviewed it. I'd share it with my psychiatrist and no one else.")]
    [InlineData("I'd keep the recap in an encrypted app. The app keeps everything encrypted. No one else could open it.")]
    [InlineData("I'd keep it on my device, just for me, deleted after review. I'd share it only with my psychiatrist.")]
    [InlineData("I'd keep the recap only on my own device. No one else could open it. I'd delete it once I've reviewed it. I haven't decided whether to share it with anyone.")]
    [InlineData("I'd keep the recap only on my own device. Apart from me, only my partner could open it. I'd delete it once I've reviewed it. It would be for my personal reflection only. I wouldn't share it with anyone.")]
    [InlineData("I'd keep the recap only on my own device. Apart from me, only my partner and my partner could open it.")]
    public void Contradiction_FindsTheContradictionsThePeopleWhoTriedTheBuilderFound(string text)
    {
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
        Assert.NotNull(MessageClaims.Contradiction(ask, text));
    }

    [Fact]
    public void Contradiction_AcceptsAConsistentMessage()
    {
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
        const string text = "I'd keep the recap only on my own device. Apart from me, only my psychiatrist could open it. I'd delete it once I've reviewed it. "
            + "I'd share it with my psychiatrist and no one else. No is a fine answer. I'm also open to other options.";
        Assert.Null(MessageClaims.Contradiction(ask, text));
    }

    [Fact]
    public void Compose_AccessToOnePersonAndSharingWithAnother_NamesBothOnceAndNeverSaysNoOneElse()
    {
        var script = ScriptComposer.Compose(new ConsentAsk
        {
            Reasons = [AskReason.RememberTakeaways],
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = "my partner",
            Use = RecordUse.ShareWith,
            SharePerson = "my psychiatrist",
        });

        Assert.Contains("Apart from me, only my partner and my psychiatrist could open it.", script.Parts[2].Text, StringComparison.Ordinal);
        Assert.Equal("I'd also share it with my psychiatrist.", script.Parts[3].Text);
    }

    [Fact]
    public void Compose_DetailedEncryptedApp_SaysEncryptedOnce()
    {
        var text = ScriptComposer.Compose(new ConsentAsk
        {
            Reasons = [AskReason.RememberTakeaways],
            Storage = StoragePlace.EncryptedApp,
            Length = MessageLength.Detailed,
        }).Text;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "encrypt"));
        Assert.Contains("That protects it if my device is lost.", text, StringComparison.Ordinal);
    }
}

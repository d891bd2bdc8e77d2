using Undertone.Domain.Consent;

namespace Undertone.Benchmarks.Consent;

/// <summary>
/// Targets (issue 3): compose median ≤ 10 µs and ≤ 8 KB allocated; check of a 2,000-character message median
/// ≤ 50 µs; follow-up ≤ 10 µs. Run: dotnet run -c Release --project tests/Undertone.Benchmarks -- --filter '*Consent*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class ConsentBenchmarks
{
    private readonly ConsentAsk _standardAsk = new()
    {
        Reasons = [AskReason.RememberTakeaways, AskReason.TrackNextSteps, AskReason.NoticePatterns],
        MemoryContexts = [MemoryContext.Adhd],
        CustomReason = "by the evening the session has turned into a blur",
        Format = RecordFormat.ShortRecap,
        Storage = StoragePlace.DeviceOnly,
        Access = RecordAccess.OnlyMe,
        Retention = RetentionRule.DeleteAfterReview,
        Use = RecordUse.PersonalOnly,
        Tone = Tone.Warm,
        Length = MessageLength.Standard,
        Delivery = Delivery.Written,
        TherapistName = "Dr. Nowak",
        UserName = "Sam",
    };

    private readonly FollowUpRequest _followUp = new()
    {
        Alternatives = [FollowUpAlternative.OwnVoiceRecap, FollowUpAlternative.TakeawaysTogether, FollowUpAlternative.PrivateNote],
        Tone = Tone.Warm,
        Delivery = Delivery.Written,
        TherapistName = "Dr. Nowak",
        UserName = "Sam",
    };

    private string _message2000 = "";

    [GlobalSetup]
    public void Setup()
    {
        // An edited message of exactly 2,000 characters: the composed detailed script plus the user's own additions.
        var detailed = ScriptComposer.Compose(_standardAsk with { Length = MessageLength.Detailed }).Text;
        var edited = detailed + "\n\nSorry to ask, I know this is a lot. I have to work hard to remember what we said, and my legal case "
            + "has nothing to do with it. I'm sorry you were sick last week. ";
        while (edited.Length < 2_000)
        {
            edited += "I keep thinking about what we said about rest and about saying no at work. ";
        }

        _message2000 = edited[..2_000];
    }

    [Benchmark]
    public ConsentScript Compose() => ScriptComposer.Compose(_standardAsk);

    [Benchmark]
    public IReadOnlyList<Finding> Check2000Chars() => MessageCheck.Run(_message2000, MessageLength.Standard);

    [Benchmark]
    public string FollowUp() => FollowUpComposer.Compose(_followUp);
}

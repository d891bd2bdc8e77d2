namespace Undertone.Domain.Consent;

/// <summary>
/// Every combination of the builder's choices on top of a template ask (its reasons and names): 4,860 asks. What the
/// composer's exhaustive tests check, and what the meaning model learns our own sentences from.
/// </summary>
public static class AskCombinations
{
    /// <summary>The retention rules the combinations use: one of each kind.</summary>
    public static IReadOnlyList<RetentionRule> Retentions { get; } =
        [RetentionRule.DeleteAfterReview, RetentionRule.DeleteAfterDays(30), RetentionRule.KeepUntilTherapyEnds];

    /// <summary>An ask with every reason and context, a reason of the person's own and every name filled in: the longest messages.</summary>
    public static ConsentAsk EverythingOn { get; } = new()
    {
        Reasons = Enum.GetValues<AskReason>(),
        MemoryContexts = Enum.GetValues<MemoryContext>(),
        CustomReason = "by the evening the session has turned into a blur",
        AccessPerson = "my partner Alex",
        SharePerson = "my psychiatrist Dr. Okafor",
        TherapistName = "Dr. Łucja Nowak",
        UserName = "Sam",
    };

    public static IEnumerable<ConsentAsk> Every(ConsentAsk template)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var format in Enum.GetValues<RecordFormat>())
        {
            foreach (var storage in Enum.GetValues<StoragePlace>())
            {
                foreach (var access in Enum.GetValues<RecordAccess>())
                {
                    foreach (var retention in Retentions)
                    {
                        foreach (var use in Enum.GetValues<RecordUse>())
                        {
                            foreach (var tone in Enum.GetValues<Tone>())
                            {
                                foreach (var length in Enum.GetValues<MessageLength>())
                                {
                                    foreach (var delivery in Enum.GetValues<Delivery>())
                                    {
                                        yield return template with
                                        {
                                            Format = format,
                                            Storage = storage,
                                            Access = access,
                                            Retention = retention,
                                            Use = use,
                                            Tone = tone,
                                            Length = length,
                                            Delivery = delivery,
                                        };
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

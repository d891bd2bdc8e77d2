using Undertone.Domain.Consent;

namespace Undertone.TestSupport.Consent;

/// <summary>Asks as a person makes them in the builder, shared by the tests of more than one project.</summary>
public static class ExampleAsk
{
    /// <summary>To remember the takeaways: a short recap on this device, only for me, deleted after I review it.</summary>
    public static readonly ConsentAsk ShortRecapOnThisDevice = new()
    {
        Reasons = [AskReason.RememberTakeaways],
        Format = RecordFormat.ShortRecap,
        Storage = StoragePlace.DeviceOnly,
        Access = RecordAccess.OnlyMe,
        Retention = RetentionRule.DeleteAfterReview,
        Use = RecordUse.PersonalOnly,
    };
}

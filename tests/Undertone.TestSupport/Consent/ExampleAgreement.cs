using Undertone.Domain.Consent;

namespace Undertone.TestSupport.Consent;

/// <summary>Agreements as a user records them after asking, shared by the tests of more than one project.</summary>
public static class ExampleAgreement
{
    /// <summary>Yes to a short recap kept on this device, opened only by me and deleted after review.</summary>
    public static readonly ConsentAgreement ShortRecapOnThisDevice = new()
    {
        AskedOn = new DateOnly(2026, 11, 24),
        Answer = AgreementAnswer.Yes,
        Format = RecordFormat.ShortRecap,
        Storage = StoragePlace.DeviceOnly,
        Access = RecordAccess.OnlyMe,
        Retention = RetentionRule.DeleteAfterReview,
    };
}

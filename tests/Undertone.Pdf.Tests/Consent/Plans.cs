namespace Undertone.Pdf.Tests.Consent;

internal static class Plans
{
    public static readonly ConsentAsk Ask = ExampleAsk.ShortRecapOnThisDevice with
    {
        Access = RecordAccess.MeAndSomeone,
        AccessPerson = "Zoë",
        Retention = RetentionRule.DeleteAfterDays(30),
        TherapistName = "Dr. Müller",
    };

    public static PrivacyPlan Full() => new()
    {
        PreparedOn = new DateOnly(2026, 11, 24),
        Ask = Ask,
        Message = ScriptComposer.Compose(Ask).Text,
        FollowUp = FollowUpComposer.Compose(new FollowUpRequest { Alternatives = [FollowUpAlternative.TakeawaysTogether] }),
        Agreement = ExampleAgreement.ShortRecapOnThisDevice with
        {
            AskedOn = new DateOnly(2026, 11, 17),
            Answer = AgreementAnswer.YesWithConditions,
            Boundaries = "No names of other clients — ever.\nWe’ll look at it together in “check-in” weeks.",
        },
    };
}

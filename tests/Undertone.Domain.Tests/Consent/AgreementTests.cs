namespace Undertone.Domain.Tests.Consent;

public sealed class AgreementTests
{
    private static readonly ConsentAgreement Agreed = ExampleAgreement.ShortRecapOnThisDevice;

    [Fact]
    public void OneLine_Yes_ReadsLikeTheRecap()
    {
        Assert.Equal("You agreed: short recap, on this device, deleted after review", AgreementSummary.OneLine(Agreed));
    }

    [Fact]
    public void OneLine_WithConditionsAndSomeone_SaysSo()
    {
        var line = AgreementSummary.OneLine(Agreed with
        {
            Answer = AgreementAnswer.YesWithConditions,
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = "Alex",
            Retention = RetentionRule.DeleteAfterDays(14),
        });
        Assert.Equal("You agreed, with conditions: short recap, on this device, you and Alex can open it, deleted after 14 days", line);
    }

    [Theory]
    [InlineData(AgreementAnswer.No, "said no")]
    [InlineData(AgreementAnswer.NotNow, "not now")]
    public void OneLine_NoOrNotNow_IsKindAndIgnoresDetails(AgreementAnswer answer, string expected)
    {
        var line = AgreementSummary.OneLine(Agreed with { Answer = answer });
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("recap,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLine_YesWithoutDetails_IsShort()
    {
        Assert.Equal("You agreed.", AgreementSummary.OneLine(new ConsentAgreement { AskedOn = new DateOnly(2026, 1, 1), Answer = AgreementAnswer.Yes }));
    }

    [Fact]
    public void Validate_BoundariesTooLongOrWithControlCharacters_IsReported()
    {
        Assert.Equal("boundaries", Assert.Single((Agreed with { Boundaries = new string('x', ConsentAgreement.MaxBoundariesLength + 1) }).Validate()).Field);
        Assert.Empty((Agreed with { Boundaries = "Only the last\nfive minutes." }).Validate());
        Assert.Single((Agreed with { Boundaries = "bell\u0007" }).Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void RetentionRule_DaysOutOfRange_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionRule.DeleteAfterDays(days));
    }

    [Fact]
    public void RetentionRule_From_IgnoresDaysForOtherKinds()
    {
        Assert.Same(RetentionRule.DeleteAfterReview, RetentionRule.From(RetentionKind.DeleteAfterReview, 400));
        Assert.Equal(RetentionRule.DeleteAfterDays(7), RetentionRule.From(RetentionKind.DeleteAfterDays, 7));
    }
}

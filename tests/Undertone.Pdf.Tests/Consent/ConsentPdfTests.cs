namespace Undertone.Pdf.Tests.Consent;

public class ConsentPdfTests
{
    [Fact]
    public void PrivacyPlan_Typical_IsOnePageWithPlanAgreementMessageAndFollowUp()
    {
        var plan = Plans.Full() with { Agreement = Plans.Full().Agreement! with { Answer = AgreementAnswer.SuggestedAlternative } };

        var pdf = ReadOnePage(plan);

        TextAssert.Says(
            pdf.Text,
            "What we agreed",
            "For my own reflection only",
            "Tuesday 17 November 2026",
            "You suggested another way",
            "Deleted after I have reviewed it",
            "No names of other clients — ever.",
            "We’ll look at it together in “check-in” weeks.");
        TextAssert.DoesNotSay(pdf.Text, "What I'm asking for");

        Assert.Contains(Flat(plan.Message!), pdf.FlatText, StringComparison.Ordinal);
        Assert.Contains(Flat(plan.FollowUp!), pdf.FlatText, StringComparison.Ordinal);
        Assert.Contains(ConsentPdf.NotLegalAdvice, pdf.FlatText, StringComparison.Ordinal);
        Assert.Contains(PdfComposer.FooterNote, pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AgreementAnswer.Yes)]
    [InlineData(AgreementAnswer.YesWithConditions)]
    public void PrivacyPlan_AfterAYes_LeavesOutTheMessageForANo(AgreementAnswer answer)
    {
        var plan = Plans.Full() with { Agreement = Plans.Full().Agreement! with { Answer = answer } };

        var pdf = PdfInspector.Read(ConsentPdf.PrivacyPlan(plan));

        Assert.DoesNotContain("If the answer is no", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Flat(plan.FollowUp!), pdf.FlatText, StringComparison.Ordinal);
        Assert.Contains(Flat(plan.Message!), pdf.FlatText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.UsLetter)]
    public void PrivacyPlan_LongestComposedMessageWithEveryAnswer_FitsOnOnePage(PaperSize paper)
    {
        // A long plan as people really make it: a detailed message with every reason and memory note, a reason of
        // their own, names on every side, the follow-up with three alternatives and a two-line boundary; for every
        // answer, tone and delivery. (Longer still — every field at its limit — is set smaller and may reach a second
        // page rather than shrink past reading size.)
        var ask = new ConsentAsk
        {
            Reasons = Enum.GetValues<AskReason>(),
            MemoryContexts = Enum.GetValues<MemoryContext>(),
            CustomReason = "so I can stay present instead of taking notes",
            Format = RecordFormat.Audio,
            Storage = StoragePlace.CloudAccount,
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = "my partner Alexandra",
            Use = RecordUse.ShareWith,
            SharePerson = "my psychiatrist Dr. Okafor",
            Retention = RetentionRule.DeleteAfterDays(365),
            Length = MessageLength.Detailed,
            TherapistName = "Dr. Łucja Nowak-Wiśniewska",
            UserName = "Samantha",
        };
        foreach (var answer in Enum.GetValues<AgreementAnswer>())
        {
            foreach (var tone in Enum.GetValues<Tone>())
            {
                foreach (var delivery in Enum.GetValues<Delivery>())
                {
                    var shaped = ask with { Tone = tone, Delivery = delivery };
                    var plan = Plans.Full() with
                    {
                        Ask = shaped,
                        Message = ScriptComposer.Compose(shaped).Text,
                        FollowUp = FollowUpComposer.Compose(new FollowUpRequest
                        {
                            Alternatives = [FollowUpAlternative.OwnVoiceRecap, FollowUpAlternative.TakeawaysTogether, FollowUpAlternative.PrivateNote],
                            Tone = tone,
                            Delivery = delivery,
                            TherapistName = shaped.TherapistName,
                            UserName = shaped.UserName,
                        }),
                        Agreement = Plans.Full().Agreement! with { Answer = answer, AccessPerson = shaped.AccessPerson },
                    };

                    var stream = ConsentPdf.PrivacyPlan(plan, new PdfOptions { Paper = paper });
                    var pdf = PdfInspector.Read(stream);

                    Assert.True(pdf.Pages.Count == 1, $"{answer}, {tone}, {delivery}: {pdf.Pages.Count} pages");
                }
            }
        }
    }

    [Fact]
    public void PrivacyPlan_BeforeAnAnswer_ShowsWhatIAmAskingFor()
    {
        var plan = Plans.Full() with { Agreement = null, FollowUp = null };

        var pdf = ReadOnePage(plan);

        TextAssert.Says(
            pdf.Text,
            "What I'm asking for",
            "A short recap",
            "Only on my own device",
            "Me and Zoë",
            "Deleted after 30 days",
            "For my own reflection only");
        TextAssert.DoesNotSay(pdf.Text, "What we agreed", "If the answer is no");
    }

    [Fact]
    public void PrivacyPlan_EditedMessage_IsPrintedExactly()
    {
        var edited = "Hi Dr. Müller — I’d love a short recap, nothing more. “No” is a fine answer… really.";

        var pdf = PdfInspector.Read(ConsentPdf.PrivacyPlan(Plans.Full() with { Message = edited }));

        Assert.Contains(edited, pdf.FlatText, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyPlan_MetadataHoldsNoNames()
    {
        var pdf = PdfInspector.Read(ConsentPdf.PrivacyPlan(Plans.Full()));

        Assert.Equal("My privacy plan — 24 November 2026", pdf.Title);
        Assert.True(string.IsNullOrEmpty(pdf.Author));
        Assert.DoesNotContain("Müller", pdf.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AgreementAnswer.Yes, "Yes")]
    [InlineData(AgreementAnswer.NotNow, "Not now")]
    [InlineData(AgreementAnswer.No, "No — and that's okay")]
    [InlineData(AgreementAnswer.SuggestedAlternative, "You suggested another way")]
    public void PrivacyPlan_EveryAnswer_HasKindWords(AgreementAnswer answer, string words)
    {
        var plan = Plans.Full() with { Agreement = Plans.Full().Agreement! with { Answer = answer } };

        var pdf = PdfInspector.Read(ConsentPdf.PrivacyPlan(plan));

        Assert.Contains(words, pdf.Text, StringComparison.Ordinal);
    }

    /// <summary>The privacy plan's PDF, which must be one page.</summary>
    private static PdfInspector ReadOnePage(PrivacyPlan plan)
    {
        var pdf = PdfInspector.Read(ConsentPdf.PrivacyPlan(plan));
        Assert.Single(pdf.Pages);
        return pdf;
    }

    private static string Flat(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}

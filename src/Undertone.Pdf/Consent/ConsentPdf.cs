namespace Undertone.Pdf.Consent;

/// <summary>The consent builder's PDF: "my privacy plan", a page the user can hand to their therapist.</summary>
public static class ConsentPdf
{
    public const string PlanTitle = "My privacy plan";

    public const string NotLegalAdvice =
        "This is a personal plan between me and my therapist. It is not a legal document and not legal advice.";

    /// <summary>Returns a new stream positioned at its start; the caller disposes it.</summary>
    public static Stream PrivacyPlan(PrivacyPlan plan, PdfOptions? options = null) => PrivacyPlan(plan, options, fallback: null);

    internal static Stream PrivacyPlan(PrivacyPlan plan, PdfOptions? options, IFallbackFonts? fallback)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(plan.Ask);
        options ??= PdfOptions.Default;

        // A handout is one sheet: when the message is long, it is set a little smaller rather than spill over.
        var composer = Compose(plan, options, fallback, TextStyle.Body);
        if (composer.Paginate().Count > 1)
        {
            composer.Dispose();
            composer = Compose(plan, options, fallback, TextStyle.Compact);
        }

        using (composer)
        {
            var date = PdfDates.Medium(plan.PreparedOn);
            return composer.ToStream(new DocumentChrome($"{PlanTitle} — {date}", $"Undertone · {PlanTitle}", date));
        }
    }

    private static PdfComposer Compose(PrivacyPlan plan, PdfOptions options, IFallbackFonts? fallback, TextStyle textStyle)
    {
        var ask = plan.Ask;
        var composer = new PdfComposer(options, fallback);
        composer.Title(PlanTitle);
        composer.Paragraph($"Prepared {PdfDates.Long(plan.PreparedOn)}", TextStyle.Muted);
        if (textStyle == TextStyle.Compact)
        {
            // A full page: the note that this is not a legal document goes up top, where there is room for it.
            composer.Paragraph(NotLegalAdvice, TextStyle.Muted);
        }

        if (plan.Agreement is { } agreement)
        {
            // Once there is an answer, what was agreed is the plan; what it is for comes from the ask.
            composer.Heading("What we agreed");
            composer.Fact("Asked on", PdfDates.Long(agreement.AskedOn), textStyle);
            composer.Fact("Your answer", PlanWording.Answer(agreement.Answer), textStyle);
            composer.Fact("The record", agreement.Format is { } format ? PlanWording.Format(format) : "", textStyle);
            composer.Fact("Where it lives", agreement.Storage is { } storage ? PlanWording.Storage(storage) : "", textStyle);
            composer.Fact("Who can open it", agreement.Access is { } access ? PlanWording.Access(access, agreement.AccessPerson) : "", textStyle);
            composer.Fact("How long it's kept", agreement.Retention is { } retention ? PlanWording.Retention(retention) : "", textStyle);
            composer.Fact("What it's for", PlanWording.Use(ask.Use, ask.SharePerson), textStyle);
            composer.Fact("Boundaries you set", agreement.Boundaries ?? "", textStyle);
        }
        else
        {
            composer.Heading("What I'm asking for");
            composer.Fact("The record", PlanWording.Format(ask.Format), textStyle);
            composer.Fact("Where it would live", PlanWording.Storage(ask.Storage), textStyle);
            composer.Fact("Who could open it", PlanWording.Access(ask.Access, ask.AccessPerson), textStyle);
            composer.Fact("How long it's kept", PlanWording.Retention(ask.Retention), textStyle);
            composer.Fact("What it's for", PlanWording.Use(ask.Use, ask.SharePerson), textStyle);
        }

        if (!string.IsNullOrWhiteSpace(plan.Message))
        {
            composer.Heading("My message");
            composer.Paragraph(plan.Message, textStyle);
        }

        // After a yes, the message for a no has done its work: it stays off the page the therapist is handed.
        if (!string.IsNullOrWhiteSpace(plan.FollowUp) && !IsYes(plan.Agreement?.Answer))
        {
            composer.Heading("If the answer is no");
            composer.Paragraph(plan.FollowUp, textStyle);
        }

        if (textStyle != TextStyle.Compact)
        {
            composer.Space(10f);
            composer.Paragraph(NotLegalAdvice, TextStyle.Muted);
        }

        return composer;
    }

    private static bool IsYes(AgreementAnswer? answer) => answer is { } given && given switch
    {
        AgreementAnswer.Yes or AgreementAnswer.YesWithConditions => true,
        AgreementAnswer.NotNow or AgreementAnswer.No or AgreementAnswer.SuggestedAlternative => false,
    };
}

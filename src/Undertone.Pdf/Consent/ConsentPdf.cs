using Undertone.Pdf.Layout;

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
        var ask = plan.Ask;
        using var composer = new PdfComposer(options ?? PdfOptions.Default, fallback);
        composer.Title(PlanTitle);
        composer.Paragraph($"Prepared {PdfDates.Long(plan.PreparedOn)}", TextStyle.Muted);

        if (plan.Agreement is { } agreement)
        {
            // Once there is an answer, what was agreed is the plan; what it is for comes from the ask.
            composer.Heading("What we agreed");
            composer.Fact("Asked on", PdfDates.Long(agreement.AskedOn));
            composer.Fact("Your answer", PlanWording.Answer(agreement.Answer));
            composer.Fact("The record", agreement.Format is { } format ? PlanWording.Format(format) : "");
            composer.Fact("Where it lives", agreement.Storage is { } storage ? PlanWording.Storage(storage) : "");
            composer.Fact("Who can open it", agreement.Access is { } access ? PlanWording.Access(access, agreement.AccessPerson) : "");
            composer.Fact("How long it's kept", agreement.Retention is { } retention ? PlanWording.Retention(retention) : "");
            composer.Fact("What it's for", PlanWording.Use(ask.Use, ask.SharePerson));
            composer.Fact("Boundaries you set", agreement.Boundaries ?? "");
        }
        else
        {
            composer.Heading("What I'm asking for");
            composer.Fact("The record", PlanWording.Format(ask.Format));
            composer.Fact("Where it would live", PlanWording.Storage(ask.Storage));
            composer.Fact("Who could open it", PlanWording.Access(ask.Access, ask.AccessPerson));
            composer.Fact("How long it's kept", PlanWording.Retention(ask.Retention));
            composer.Fact("What it's for", PlanWording.Use(ask.Use, ask.SharePerson));
        }

        if (!string.IsNullOrWhiteSpace(plan.Message))
        {
            composer.Heading("My message");
            composer.Paragraph(plan.Message);
        }

        if (!string.IsNullOrWhiteSpace(plan.FollowUp))
        {
            composer.Heading("If the answer is no");
            composer.Paragraph(plan.FollowUp);
        }

        composer.Space(10f);
        composer.Paragraph(NotLegalAdvice, TextStyle.Muted);

        var date = PdfDates.Medium(plan.PreparedOn);
        return composer.ToStream(new DocumentChrome($"{PlanTitle} — {date}", $"Undertone · {PlanTitle}", date));
    }
}

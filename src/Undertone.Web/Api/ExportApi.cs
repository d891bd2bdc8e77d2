using Undertone.Pdf.Consent;
using Undertone.Pdf.Journal;
using Undertone.Web.Export;

namespace Undertone.Web.Api;

/// <summary>
/// PDF downloads. Each answer streams <c>application/pdf</c> as an attachment whose file name holds only the kind of
/// document and dates. Only ids, dates and yes/no choices travel in the URL, never anything the user wrote.
/// </summary>
public static class ExportApi
{
    public const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/export")
            .WithTags("Export")
            .RefuseOtherSites("This download can only be started from Undertone itself.")
            .AddEndpointFilter(ApiProblems.NameUnreadableValues)
            .AddEndpointFilter(PaperQuery.RefuseUnknown);
        group.MapGet("/recaps/{id:int}.pdf", RecapAsync).WithName("ExportRecapPdf");
        group.MapGet("/recaps.pdf", RecapsAsync).WithName("ExportRecapsPdf");
        group.MapGet("/bring-to-session.pdf", BringToSessionAsync).WithName("ExportBringToSessionPdf");
        group.MapGet("/scripts/{id:int}/privacy-plan.pdf", PrivacyPlanAsync).WithName("ExportPrivacyPlanPdf");
        return app;
    }

    /// <summary>One recap. "Something my therapist said" is left out unless <paramref name="includeTherapistSaid"/> is true.</summary>
    internal static async Task<Results<FileStreamHttpResult, NotFound>> RecapAsync(
        int id, bool? includeTherapistSaid, PaperSize? paper, RecapStore recaps, PdfExports exports,
        HttpContext context, CancellationToken cancellationToken)
    {
        var recap = await recaps.GetRecapAsync(id, cancellationToken).ConfigureAwait(false);
        if (recap is null)
        {
            return TypedResults.NotFound();
        }

        var options = await exports.OptionsAsync(paper, cancellationToken).ConfigureAwait(false);
        var pdf = JournalPdf.Recap(recap, new RecapExport { IncludeTherapistSaid = includeTherapistSaid == true }, options);
        return Attachment(context, pdf, PdfFileNames.Recap(recap.SessionDate));
    }

    /// <summary>
    /// Recaps from <paramref name="from"/> to <paramref name="to"/>, oldest first, only those with the theme
    /// <paramref name="theme"/> (its id) when given. A missing end means "from the first" or "up to the latest" recap. Stops working when the download is cancelled. (The journal page makes the same
    /// file in the page, with progress and a Cancel button; this endpoint stays for links and other clients.)
    /// </summary>
    internal static async Task<Results<FileStreamHttpResult, ValidationProblem>> RecapsAsync(
        DateOnly? from, DateOnly? to, int? theme, bool? includeTherapistSaid, PaperSize? paper, PdfExports exports,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (from is { } f && to is { } t && t < f)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = ["The end date comes before the start date. Pick an end date on or after the start."],
            });
        }

        var job = await exports.PrepareRecapsAsync(from, to, includeTherapistSaid == true, theme, paper, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["theme"] = ["There is no theme with that id. Leave it out to include every theme."],
            });
        }

        return Attachment(context, job.Render(progress: null, cancellationToken), job.FileName);
    }

    /// <summary>The one-page sheet of open questions, revisit items, recurring themes and last session's next steps.</summary>
    internal static async Task<FileStreamHttpResult> BringToSessionAsync(
        PaperSize? paper, PatternsStore patterns, PdfExports exports, HttpContext context, CancellationToken cancellationToken)
    {
        var sheet = await patterns.GetPrepSheetAsync(cancellationToken).ConfigureAwait(false);
        var options = await exports.OptionsAsync(paper, cancellationToken).ConfigureAwait(false);
        return Attachment(context, JournalPdf.BringToSession(sheet, options), PdfFileNames.BringToSession(sheet.Today));
    }

    /// <summary>
    /// "My privacy plan" for a saved script: the choices, the message as saved, the follow-up and, once recorded,
    /// the agreement. Something the user can hand to their therapist.
    /// </summary>
    internal static async Task<Results<FileStreamHttpResult, NotFound>> PrivacyPlanAsync(
        int id, PaperSize? paper, ScriptStore scripts, PdfExports exports, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var script = await scripts.GetScriptAsync(id, cancellationToken).ConfigureAwait(false);
        if (script is null)
        {
            return TypedResults.NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var plan = new PrivacyPlan
        {
            PreparedOn = today,
            Ask = script.Ask,
            Message = script.Text,
            FollowUp = script.FollowUpText,
            Agreement = script.Agreement?.ToConsentAgreement(),
        };
        var options = await exports.OptionsAsync(paper, cancellationToken).ConfigureAwait(false);
        return Attachment(context, ConsentPdf.PrivacyPlan(plan, options), PdfFileNames.PrivacyPlan(today));
    }

    private static FileStreamHttpResult Attachment(HttpContext context, Stream pdf, string fileName)
    {
        // Private notes: never kept in a browser or proxy cache.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(pdf, PdfContentType, fileName);
    }
}

namespace Undertone.Pdf;

/// <summary>
/// Download file names. They hold only the kind of document and dates, never anything the user wrote, because file
/// names end up in download folders, browser history, recent-file lists and backups.
/// </summary>
public static class PdfFileNames
{
    public static string Recap(DateOnly sessionDate) => $"undertone-recap-{PdfDates.Iso(sessionDate)}.pdf";

    public static string Recaps(DateOnly from, DateOnly to) =>
        $"undertone-recaps-{PdfDates.Iso(from)}-to-{PdfDates.Iso(to)}.pdf";

    public static string BringToSession(DateOnly preparedOn) => $"undertone-bring-to-session-{PdfDates.Iso(preparedOn)}.pdf";

    public static string PrivacyPlan(DateOnly preparedOn) => $"undertone-privacy-plan-{PdfDates.Iso(preparedOn)}.pdf";
}

namespace Undertone.Pdf;

/// <summary>Dates as printed on our PDFs ("Tuesday 24 November 2026") and in file names (ISO).</summary>
internal static class PdfDates
{
    public static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Medium(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(DateOnly from, DateOnly to) =>
        from == to ? Medium(from) : string.Concat(Medium(from), " – ", Medium(to));
}

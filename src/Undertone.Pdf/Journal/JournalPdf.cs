using Undertone.Domain.Journal.Patterns;

namespace Undertone.Pdf.Journal;

/// <summary>
/// The journal's PDFs. Each method returns a new stream positioned at its start; the caller disposes it.
/// The user's words are printed exactly as written; titles and metadata never contain them.
/// </summary>
public static class JournalPdf
{
    public const string RecapTitle = "Session recap";
    public const string RecapsTitle = "Session recaps";
    public const string SheetTitle = "To bring to my next session";
    public const string SheetEmpty =
        "Nothing is waiting yet. Questions, things to come back to and next steps from your recaps will show here.";

    public static Stream Recap(Recap recap, RecapExport? export = null, PdfOptions? options = null) =>
        Recap(recap, export, options, fallback: null);

    /// <summary>
    /// Recaps whose session date lies in [<paramref name="from"/>, <paramref name="to"/>], oldest first, one after
    /// another. Reports how many recaps have been laid out, and stops when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static Stream Recaps(IEnumerable<Recap> recaps, DateOnly from, DateOnly to, RecapExport? export = null,
        PdfOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Recaps(recaps, from, to, export, options, progress, fallback: null, cancellationToken);

    /// <summary>The one-page sheet to take into a session (from <see cref="PatternAnalysis.Prep"/>).</summary>
    public static Stream BringToSession(PrepSheet sheet, PdfOptions? options = null) =>
        BringToSession(sheet, options, fallback: null);

    internal static Stream Recap(Recap recap, RecapExport? export, PdfOptions? options, IFallbackFonts? fallback)
    {
        ArgumentNullException.ThrowIfNull(recap);
        using var composer = new PdfComposer(options ?? PdfOptions.Default, fallback);
        composer.Title(RecapTitle);
        composer.Paragraph(RecapContent.Heading(recap), TextStyle.Muted);
        RecapContent.Add(composer, recap, export ?? RecapExport.Default);
        var date = PdfDates.Medium(recap.SessionDate);
        return composer.ToStream(new DocumentChrome($"{RecapTitle} — {date}", $"Undertone · {RecapTitle}", date));
    }

    internal static Stream Recaps(IEnumerable<Recap> recaps, DateOnly from, DateOnly to, RecapExport? export,
        PdfOptions? options, IProgress<int>? progress, IFallbackFonts? fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recaps);
        if (to < from)
        {
            throw new ArgumentException("The end of the range comes before its start.", nameof(to));
        }

        var chosen = recaps.Where(r => r.SessionDate >= from && r.SessionDate <= to)
            .OrderBy(r => r.SessionDate).ThenBy(r => r.Id).ToList();
        var range = PdfDates.Range(from, to);
        using var composer = new PdfComposer(options ?? PdfOptions.Default, fallback);
        composer.Title(RecapsTitle);
        var settings = export ?? RecapExport.Default;
        var theme = settings.ThemeName is { } name ? $" · only the theme “{name}”" : "";
        composer.Paragraph(string.Concat(range, " · ", Count(chosen.Count), theme), TextStyle.Muted);
        if (chosen.Count == 0)
        {
            composer.Paragraph(settings.ThemeName is null
                ? "There are no recaps between these dates."
                : "There are no recaps with this theme between these dates.");
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0)
            {
                composer.Rule();
            }

            composer.Heading(RecapContent.Heading(chosen[i]));
            RecapContent.Add(composer, chosen[i], settings);
            progress?.Report(i + 1);
        }

        return composer.ToStream(new DocumentChrome($"{RecapsTitle} — {range}", $"Undertone · {RecapsTitle}", range), cancellationToken);
    }

    internal static Stream BringToSession(PrepSheet sheet, PdfOptions? options, IFallbackFonts? fallback)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var composer = new PdfComposer(options ?? PdfOptions.Default, fallback);
        composer.Title(SheetTitle);
        composer.Paragraph($"Prepared {PdfDates.Long(sheet.Today)}", TextStyle.Muted);
        if (sheet.OpenQuestions.Count > 0)
        {
            composer.Heading("Questions I want to ask");
            composer.Bullets(sheet.OpenQuestions.Select(q => q.Text));
        }

        if (sheet.RevisitItems.Count > 0)
        {
            composer.Heading("Things I want to come back to");
            composer.Bullets(sheet.RevisitItems.Select(r => $"{r.Text} (from {PdfDates.Short(r.Since)})"));
        }

        if (sheet.TopThemes.Count > 0)
        {
            composer.Heading("What keeps coming up");
            composer.Bullets(sheet.TopThemes.Select(Recurrence));
        }

        if (sheet.LastSession is { } last && sheet.LastSessionNextSteps.Count > 0)
        {
            composer.Heading($"Next steps from last session ({PdfDates.Short(last.SessionDate)})");
            composer.Bullets(sheet.LastSessionNextSteps);
        }

        if (sheet.IsEmpty)
        {
            composer.Paragraph(SheetEmpty);
        }

        var date = PdfDates.Medium(sheet.Today);
        return composer.ToStream(new DocumentChrome($"Bring to session — {date}", "Undertone · Bring to session", date));
    }

    private static string Recurrence(ThemeSummary theme) => theme.RecentCount > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{theme.Name} — in {theme.RecentCount} of my last {theme.RecentSessions} sessions")
        : string.Create(CultureInfo.InvariantCulture, $"{theme.Name} — in {theme.TotalCount} sessions, last on {PdfDates.Short(theme.LastSeen)}");

    private static string Count(int recaps) => recaps switch
    {
        0 => "no sessions",
        1 => "1 session",
        _ => string.Create(CultureInfo.InvariantCulture, $"{recaps} sessions"),
    };
}

using Undertone.Pdf.Journal;

namespace Undertone.Web.Export;

/// <summary>Recaps gathered for one date-range PDF, ready to lay out (see <see cref="PdfExports.PrepareRecapsAsync"/>).</summary>
public sealed class RecapsPdfJob(IReadOnlyList<Recap> recaps, DateOnly from, DateOnly to, RecapExport export, PdfOptions options)
{
    /// <summary>How many recaps the PDF will hold (what progress counts up to).</summary>
    public int Count => recaps.Count;

    /// <summary>The download's name: the kind of document and the dates, nothing the user wrote.</summary>
    public string FileName => PdfFileNames.Recaps(from, to);

    /// <summary>
    /// Lays the recaps out. CPU-bound: run it off the UI thread. Reports how many recaps are done and stops (throwing
    /// <see cref="OperationCanceledException"/>) when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public Stream Render(IProgress<int>? progress, CancellationToken cancellationToken) =>
        JournalPdf.Recaps(recaps, from, to, export, options, progress, cancellationToken);
}

using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Undertone.Web.Tests.Export;

/// <summary>A PDF as the app handed it out (an API answer or a page's download), read back the way a person sees it.</summary>
/// <param name="Text">Every page's text in reading order, pages joined by a new line.</param>
/// <param name="Author">The author in the file's metadata (there should be none).</param>
/// <param name="PageHeight">The first page's height in points (842 is A4, 792 is US Letter).</param>
public sealed record DownloadedPdf(string Text, string? Author, double PageHeight)
{
    public static DownloadedPdf Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var text = string.Join('\n', document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        return new DownloadedPdf(text, document.Information.Author, document.GetPage(1).Height);
    }
}

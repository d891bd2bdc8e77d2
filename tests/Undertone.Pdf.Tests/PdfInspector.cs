using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Undertone.Pdf.Tests;

/// <summary>Reads a generated PDF back with PdfPig, the way a user's PDF viewer or screen reader would.</summary>
internal sealed class PdfInspector
{
    private PdfInspector(byte[] bytes, IReadOnlyList<string> pages, string? title, string? author, string? creator)
    {
        Bytes = bytes;
        Pages = pages;
        Title = title;
        Author = author;
        Creator = creator;
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Pages { get; }

    public string Text => string.Join('\n', Pages);

    /// <summary>The text with line breaks turned into spaces, for phrases that may wrap.</summary>
    public string FlatText => string.Join(' ', Text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public string? Title { get; }

    public string? Author { get; }

    public string? Creator { get; }

    /// <summary>Reads the whole PDF from <paramref name="stream"/> and disposes it, as a caller of the PDF code should.</summary>
    public static PdfInspector Read(Stream stream)
    {
        using var owned = stream;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.ToArray());
    }

    public static PdfInspector Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToList();
        var info = document.Information;
        return new PdfInspector(bytes, pages, info.Title, info.Author, info.Creator);
    }
}

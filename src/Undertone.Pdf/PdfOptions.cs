namespace Undertone.Pdf;

/// <summary>How a PDF is laid out.</summary>
public sealed record PdfOptions
{
    public static readonly PdfOptions Default = new();

    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>
    /// When true (the default), characters the built-in font lacks (for example Chinese, Japanese, Korean or emoji)
    /// are drawn with a font installed on this computer if one has them. Anything still missing is printed as □.
    /// </summary>
    public bool UseSystemFonts { get; init; } = true;
}

namespace Undertone.Pdf;

/// <summary>The paper a PDF is laid out for.</summary>
public enum PaperSize
{
    /// <summary>210 × 297 mm, used almost everywhere outside North America.</summary>
    A4,

    /// <summary>8.5 × 11 inches, used in the United States and Canada.</summary>
    UsLetter,
}

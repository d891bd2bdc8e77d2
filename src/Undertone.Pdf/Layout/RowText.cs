namespace Undertone.Pdf.Layout;

/// <summary>Text within a row, starting <see cref="X"/> points from the left edge of the page.</summary>
internal sealed record RowText(float X, TextStyle Style, TextLine Line);

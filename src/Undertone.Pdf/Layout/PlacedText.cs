namespace Undertone.Pdf.Layout;

/// <summary>A line of text at its final place on a page.</summary>
internal sealed record PlacedText(float X, float Baseline, TextStyle Style, TextLine Line);

namespace Undertone.Pdf.Layout;

/// <summary>The few text styles our documents use.</summary>
internal enum TextStyle
{
    Title,
    Heading,
    Label,
    Body,
    Muted,
    Chrome,
}

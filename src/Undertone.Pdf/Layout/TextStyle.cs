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

    /// <summary>Body text set a little smaller, to keep a one-page handout on one page.</summary>
    Compact,
}

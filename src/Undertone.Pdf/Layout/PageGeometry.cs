namespace Undertone.Pdf.Layout;

/// <summary>Page size and print margins in PDF points (1/72 inch), with the header and footer bands.</summary>
internal sealed record PageGeometry(float Width, float Height)
{
    /// <summary>20 mm: inside every office printer's printable area.</summary>
    public const float SideMargin = 56.7f;

    public const float ContentLeft = SideMargin;

    public const float HeaderBaseline = 40f;

    public const float HeaderRuleY = 47f;

    public const float ContentTop = 74f;

    public float ContentRight => Width - SideMargin;

    public float ContentWidth => ContentRight - ContentLeft;

    public float ContentBottom => Height - 64f;

    public float FooterRuleY => Height - 50f;

    public float FooterBaseline => Height - 37f;

    public static PageGeometry For(PaperSize paper) => paper switch
    {
        PaperSize.A4 => new PageGeometry(595.28f, 841.89f),
        PaperSize.UsLetter => new PageGeometry(612f, 792f),
    };
}

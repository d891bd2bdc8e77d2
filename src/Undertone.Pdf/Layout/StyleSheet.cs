using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>Sizes, weights, leading and colours for each <see cref="TextStyle"/>, in PDF points.</summary>
internal static class StyleSheet
{
    public static float Size(TextStyle style) => style switch
    {
        TextStyle.Title => 20f,
        TextStyle.Heading => 14f,
        TextStyle.Label => 10.5f,
        TextStyle.Body => 11f,
        TextStyle.Muted => 9.5f,
        TextStyle.Chrome => 8.5f,
        TextStyle.Compact => 9.5f,
    };

    /// <summary>Distance from one baseline to the next.</summary>
    public static float Leading(TextStyle style) => style switch
    {
        TextStyle.Title => 25f,
        TextStyle.Heading => 19f,
        TextStyle.Label => 14f,
        TextStyle.Body => 15.5f,
        TextStyle.Muted => 13f,
        TextStyle.Chrome => 11f,
        TextStyle.Compact => 12f,
    };

    /// <summary>Space above the first line of a block (dropped at the top of a page).</summary>
    public static float SpaceBefore(TextStyle style) => style switch
    {
        TextStyle.Title => 0f,
        TextStyle.Heading => 16f,
        TextStyle.Label => 9f,
        TextStyle.Body => 3f,
        TextStyle.Muted => 3f,
        TextStyle.Chrome => 0f,
        TextStyle.Compact => 2f,
    };

    public static bool IsBold(TextStyle style) => style switch
    {
        TextStyle.Title or TextStyle.Heading or TextStyle.Label => true,
        TextStyle.Body or TextStyle.Muted or TextStyle.Chrome or TextStyle.Compact => false,
    };

    public static SKColor Colour(TextStyle style) => style switch
    {
        TextStyle.Title or TextStyle.Heading => new SKColor(0x1A, 0x1F, 0x24),
        TextStyle.Label => new SKColor(0x2F, 0x4F, 0x47),
        TextStyle.Body or TextStyle.Compact => new SKColor(0x1F, 0x23, 0x28),
        TextStyle.Muted => new SKColor(0x4B, 0x55, 0x5F),
        TextStyle.Chrome => new SKColor(0x5F, 0x67, 0x70),
    };

    public static readonly SKColor RuleColour = new(0xC9, 0xCF, 0xD4);
}

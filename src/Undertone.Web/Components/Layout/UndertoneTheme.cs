using MudBlazor;

namespace Undertone.Web.Components.Layout;

/// <summary>A calm palette with good contrast in light and dark, and Atkinson Hyperlegible, a font made for easy reading, served from wwwroot/fonts (nothing fetched from elsewhere).</summary>
public static class UndertoneTheme
{
    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2f5f5a",
            Secondary = "#8a4f3d",
            Tertiary = "#5b5694",
            AppbarBackground = "#2f5f5a",
            Background = "#f7f5f1",
            Surface = "#ffffff",
            DrawerBackground = "#f7f5f1",
            TextPrimary = "#1f2624",
            TextSecondary = "#4a5350",
            Error = "#b3261e",
            Warning = "#8a5a00",
            // MudBlazor's own info blue and success green are 3.1:1 and 2.2:1 on white, too faint for text
            // (the "Sample" chips and the sample-entries note); these are 6.8:1 and 5.1:1.
            Info = "#1a5e9a",
            Success = "#2e7d32",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fc9c0",
            PrimaryContrastText = "#0f1f1d",
            Secondary = "#e0a995",
            SecondaryContrastText = "#2a150e",
            Tertiary = "#b6b1ee",
            TertiaryContrastText = "#1a1740",
            AppbarBackground = "#1d2524",
            Background = "#141a19",
            Surface = "#1d2524",
            DrawerBackground = "#141a19",
            DrawerText = "#d5dcda",
            DrawerIcon = "#b9c2bf",
            TextPrimary = "#e8ecea",
            TextSecondary = "#b9c2bf",
            Error = "#f2a49d",
            ErrorContrastText = "#3a0b07",
            Warning = "#e6b75c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Atkinson Hyperlegible", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Ubuntu", "Cantarell", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"],
                LineHeight = "1.6",
            },
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "700" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}

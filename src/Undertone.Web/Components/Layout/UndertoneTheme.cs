using MudBlazor;

namespace Undertone.Web.Components.Layout;

/// <summary>A calm palette with good contrast in light and dark, and the system's own fonts (nothing fetched).</summary>
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
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fc9c0",
            Secondary = "#e0a995",
            Tertiary = "#b6b1ee",
            AppbarBackground = "#1d2524",
            Background = "#141a19",
            Surface = "#1d2524",
            DrawerBackground = "#141a19",
            TextPrimary = "#e8ecea",
            TextSecondary = "#b9c2bf",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Ubuntu", "Cantarell", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"],
                LineHeight = "1.6",
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}

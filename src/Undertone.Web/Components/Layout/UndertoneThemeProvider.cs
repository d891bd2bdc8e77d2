using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Undertone.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider, drawing its styles from one shared copy per theme and mode. MudThemeProvider builds its
/// 13,000-character style sheet anew for every visitor and keeps it in the visitor's render tree (26 KB of server
/// memory per open tab); the style sheet is the same for everyone with the same theme, so it is built once here
/// (docs/decisions/015-lighter-circuits.md). It does not follow the computer's light or dark setting while a page is
/// open: the app's own dark-mode choice decides (the layout sets <c>ObserveSystemDarkModeChange</c> to false).
/// </summary>
public sealed class UndertoneThemeProvider : MudThemeProvider
{
    private static readonly ConditionalWeakTable<MudTheme, string?[]> Styles = [];
    private static readonly string Scrollbar = BuildMudBlazorScrollbar();

    // MudThemeProvider's own chart filter style, as it draws it.
    private const string ChartStyle = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

#pragma warning disable CA1725 // the base class's parameter is the Razor compiler's __builder
    protected override void BuildRenderTree(RenderTreeBuilder builder)
#pragma warning restore CA1725
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!DefaultScrollbar)
        {
            builder.AddMarkupContent(0, Scrollbar);
        }

        builder.AddMarkupContent(1, ChartStyle);
        builder.AddMarkupContent(2, ThemeStyle());
    }

    // MUD0010: the parameters are read, not their ParameterState (private to MudThemeProvider). With
    // ObserveSystemDarkModeChange off nothing but the parameter sets the mode, so the two agree.
#pragma warning disable MUD0010

    /// <summary>The theme's style sheet for the current mode, built by MudThemeProvider the first time it is needed.</summary>
    private string ThemeStyle()
    {
        if (Theme is not { } theme || ObserveSystemDarkModeChange)
        {
            return BuildTheme(); // the mode may follow the computer's setting, which this class cannot see
        }

        var styles = Styles.GetValue(theme, _ => new string?[2]);
        var mode = IsDarkMode ? 1 : 0;
        return styles[mode] ??= BuildTheme();
    }
#pragma warning restore MUD0010
}

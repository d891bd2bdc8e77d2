using Undertone.Web.Components.Layout;

namespace Undertone.Web.Tests.Layout;

/// <summary>The theme's styles, now built once and shared by every open tab, are MudThemeProvider's and follow the dark-mode choice.</summary>
public sealed class UndertoneThemeProviderTests : ComponentTestBase
{
    private static readonly MudTheme Theme = UndertoneTheme.Create();

    private IRenderedComponent<UndertoneThemeProvider> RenderProvider(bool dark) => Render<UndertoneThemeProvider>(p => p
        .Add(x => x.Theme, Theme)
        .Add(x => x.IsDarkMode, dark)
        .Add(x => x.ObserveSystemDarkModeChange, false));

    [Fact]
    public void Styles_FollowTheDarkModeChoice_LikeMudThemeProvider()
    {
        var ours = RenderProvider(dark: false);
        var theirs = Render<MudThemeProvider>(p => p.Add(x => x.Theme, Theme).Add(x => x.ObserveSystemDarkModeChange, false));
        Assert.Equal(theirs.Markup, ours.Markup);
        Assert.Contains("--mud-palette-background: rgba(247,245,241,1)", ours.Markup, StringComparison.Ordinal);

        ours.Render(p => p.Add(x => x.IsDarkMode, true));
        Assert.Contains("--mud-palette-background: rgba(20,26,25,1)", ours.Markup, StringComparison.Ordinal);

        ours.Render(p => p.Add(x => x.IsDarkMode, false));
        Assert.Equal(theirs.Markup, ours.Markup);
    }
}

using Undertone.Web.Components.Layout;

namespace Undertone.Web.Tests.Layout;

/// <summary>
/// The menu drawer is MudBlazor's markup with its state per screen width (the style sheet shows one menu button per
/// width). Which width is the browser's business (the browser tests look at both); here, what each button does.
/// </summary>
public sealed class MainLayoutTests : ComponentTestBase
{
    private async Task<IRenderedComponent<MainLayout>> RenderLayoutAsync()
    {
        await UseDatabaseAsync();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        cut.WaitForAssertion(() => Assert.Contains("page body", cut.Markup, StringComparison.Ordinal));
        return cut;
    }

    private static IElement NarrowButton(IRenderedComponent<MainLayout> cut) => cut.Find("button.menu-button-narrow");

    private static IElement WideButton(IRenderedComponent<MainLayout> cut) => cut.Find("button.menu-button-wide");

    /// <summary>Clicks a menu button and waits until it says the menu is open (<paramref name="expanded"/>) or closed.</summary>
    private static async Task ClickAsync(IRenderedComponent<MainLayout> cut, Func<IRenderedComponent<MainLayout>, IElement> button, bool expanded)
    {
        await button(cut).ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Equal(expanded ? "true" : "false", button(cut).GetAttribute("aria-expanded")));
    }

    [Fact]
    public async Task Menu_StartsOpenBesideThePageOnAWideScreen_AndClosedOnANarrowOne()
    {
        var cut = await RenderLayoutAsync();

        Assert.Equal("Open or close the menu", NarrowButton(cut).GetAttribute("aria-label"));
        Assert.Equal("Open or close the menu", WideButton(cut).GetAttribute("aria-label"));
        Assert.Equal("false", NarrowButton(cut).GetAttribute("aria-expanded"));
        Assert.Equal("true", WideButton(cut).GetAttribute("aria-expanded"));
        Assert.Equal("app-menu", WideButton(cut).GetAttribute("aria-controls"));
        var menu = cut.Find("aside#app-menu[aria-label='Main']");
        Assert.DoesNotContain("narrow-open", menu.ClassList);
        Assert.DoesNotContain("wide-closed", menu.ClassList);
        Assert.Contains("mud-drawer-open-responsive-md-left", cut.Find(".mud-layout").ClassList); // the page moves over for it
        Assert.NotNull(menu.QuerySelector("nav a[href='journal']"));
        Assert.Empty(cut.FindAll("[data-testid=menu-overlay]"));
    }

    [Fact]
    public async Task WideMenuButton_ClosesAndReopensTheMenu_AndTheNarrowOneStaysClosed()
    {
        var cut = await RenderLayoutAsync();

        await ClickAsync(cut, WideButton, expanded: false);

        Assert.Contains("wide-closed", cut.Find("#app-menu").ClassList);
        Assert.Contains("mud-drawer-close-responsive-md-left", cut.Find(".mud-layout").ClassList);
        Assert.Equal("false", NarrowButton(cut).GetAttribute("aria-expanded"));

        await ClickAsync(cut, WideButton, expanded: true);

        Assert.DoesNotContain("wide-closed", cut.Find("#app-menu").ClassList);
    }

    [Fact]
    public async Task NarrowMenuButton_OpensTheMenuOverTheDimmedPage_WhichClosesItWhenClicked()
    {
        var cut = await RenderLayoutAsync();

        await ClickAsync(cut, NarrowButton, expanded: true);

        Assert.Contains("narrow-open", cut.Find("#app-menu").ClassList);
        Assert.Equal("true", WideButton(cut).GetAttribute("aria-expanded")); // the wide screen's state is its own

        await cut.Find("[data-testid=menu-overlay]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("false", NarrowButton(cut).GetAttribute("aria-expanded")));
        Assert.DoesNotContain("narrow-open", cut.Find("#app-menu").ClassList);
        Assert.Empty(cut.FindAll("[data-testid=menu-overlay]"));
    }

    [Fact]
    public async Task ChoosingAPage_ClosesTheMenuOnANarrowScreen_AndLeavesItOpenOnAWideOne()
    {
        var cut = await RenderLayoutAsync();
        await ClickAsync(cut, NarrowButton, expanded: true);

        await cut.InvokeAsync(() => Services.GetRequiredService<NavigationManager>().NavigateTo("journal"));

        cut.WaitForAssertion(() => Assert.Equal("false", NarrowButton(cut).GetAttribute("aria-expanded")));
        Assert.Equal("true", WideButton(cut).GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task Layout_CallsNoMudBlazorScript_WhenItFirstRenders()
    {
        var cut = await RenderLayoutAsync();
        await ClickAsync(cut, NarrowButton, expanded: true);

        // MudDrawer subscribed to the browser's size and measured itself through JS interop; each such call costs a
        // visitor serializer metadata on the server. The menu is markup and CSS now.
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier.Contains("resize", StringComparison.OrdinalIgnoreCase)
            || i.Identifier.Contains("breakpoint", StringComparison.OrdinalIgnoreCase)
            || i.Identifier.Contains("BoundingClientRect", StringComparison.OrdinalIgnoreCase)
            || i.Identifier.Contains("KeyInterceptor", StringComparison.OrdinalIgnoreCase));
    }
}

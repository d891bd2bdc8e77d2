using Undertone.Web.Components.Layout;

namespace Undertone.Web.Tests.Layout;

/// <summary>The menu's links are plain links now: the page shown is still the one marked, as NavLink marked it.</summary>
public sealed class NavMenuTests : ComponentTestBase
{
    private static string[] Current(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a[aria-current='page']").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Menu_MarksThePageShown_AndFollowsNavigation()
    {
        await UseDatabaseAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("journal/3");
        var cut = Render<NavMenu>();

        Assert.Equal(["Journal"], Current(cut));
        Assert.Contains("active", cut.Find("a[aria-current='page']").ClassList);
        Assert.DoesNotContain(cut.FindAll("a:not([aria-current])"), a => a.ClassList.Contains("active"));

        await cut.InvokeAsync(() => navigation.NavigateTo("settings/data?tab=export"));
        cut.WaitForAssertion(() => Assert.Equal(["Your data"], Current(cut))); // not "Settings": it matches its own address only

        await cut.InvokeAsync(() => navigation.NavigateTo("settings"));
        cut.WaitForAssertion(() => Assert.Equal(["Settings"], Current(cut)));

        await cut.InvokeAsync(() => navigation.NavigateTo(""));
        cut.WaitForAssertion(() => Assert.Equal(["Home"], Current(cut)));

        await cut.InvokeAsync(() => navigation.NavigateTo("scripted")); // "script" is a prefix of the address, not of the path
        cut.WaitForAssertion(() => Assert.Empty(Current(cut)));
    }
}

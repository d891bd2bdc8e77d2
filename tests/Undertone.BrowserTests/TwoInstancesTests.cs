namespace Undertone.BrowserTests;

/// <summary>
/// More than one instance on one database (docs/decisions/014): a person signs in and writes on one instance; it stops;
/// the same browser, with the same cookie, carries on on the other one (as a reverse proxy would send it there) and
/// then on the first one started again — still signed in, and nothing they saved is lost. Signing out on one ends the
/// person's open page on the other at once.
/// </summary>
public sealed class TwoInstancesTests(TwoServerInstances servers) : IClassFixture<TwoServerInstances>
{
    [Fact]
    public async Task SignedInOnOne_ThatOneStops_TheSessionCarriesOnOnTheOther_AndOnTheFirstAfterARestart_AndSigningOutEndsTheOtherPage()
    {
        var page = await servers.NewPageAsync();
        await page.GotoAsync(servers.SetUpLink);
        await PersonSteps.CreateAccountAsync(page, "robin");
        await PersonSteps.WriteRecapAsync(page, "The orchard 6a1f, before the rain.", servers.Url(0) + "/journal/new");

        await servers.StopAsync(0);

        // The browser moves to the other instance with the cookie the first one made.
        await UndertoneAppFixture.GotoAsync(page, servers.Url(1) + "/journal");
        Assert.StartsWith(servers.Url(1) + "/journal", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("orchard 6a1f", new() { Exact = false }).First).ToBeVisibleAsync();
        await PersonSteps.WriteRecapAsync(page, "The second instance 2c9b heard this.", servers.Url(1) + "/journal/new");

        // The first instance comes back; the same browser goes back to it.
        await servers.StartAsync(0);
        await UndertoneAppFixture.GotoAsync(page, servers.Url(0) + "/journal");
        Assert.StartsWith(servers.Url(0) + "/journal", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("orchard 6a1f", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("second instance 2c9b", new() { Exact = false }).First).ToBeVisibleAsync();

        // A journal open in another tab, on the other instance; signing out on this one ends it there too, at once (the
        // instances check open pages only hourly here, so only PostgreSQL's notice can do it within the wait).
        var otherTab = await page.Context.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(otherTab, servers.Url(1) + "/journal");
        await page.GotoAsync(servers.Url(0) + Web.Accounts.AccountEndpoints.SignOutPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(otherTab).ToHaveURLAsync(servers.Url(1) + Web.Accounts.AccountEndpoints.SignInPath + "?" + Web.Accounts.AccountEndpoints.SignedOutElsewhereQuery);
        await Assertions.Expect(otherTab.GetByText("You were signed out here because", new() { Exact = false })).ToBeVisibleAsync();
    }
}

namespace Undertone.BrowserTests;

/// <summary>
/// More than one instance on one database (docs/decisions/014): a person signs in and writes on one instance; it stops;
/// the same browser, with the same cookie, carries on on the other one (as a reverse proxy would send it there) and
/// then on the first one started again — still signed in, and nothing they saved is lost.
/// </summary>
public sealed class TwoInstancesTests(TwoServerInstances servers) : IClassFixture<TwoServerInstances>
{
    private const string Password = "a long calm password";

    [Fact]
    public async Task SignedInOnOne_ThatOneStops_TheSessionCarriesOnOnTheOther_AndOnTheFirstAfterARestart()
    {
        var page = await servers.NewPageAsync();
        await page.GotoAsync(servers.SetUpLink);
        await page.GetByLabel("User name").FillAsync("robin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        await WriteRecapAsync(page, servers.Url(0), "The orchard 6a1f, before the rain.");

        await servers.StopAsync(0);

        // The browser moves to the other instance with the cookie the first one made.
        await UndertoneAppFixture.GotoAsync(page, servers.Url(1) + "/journal");
        Assert.StartsWith(servers.Url(1) + "/journal", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("orchard 6a1f", new() { Exact = false }).First).ToBeVisibleAsync();
        await WriteRecapAsync(page, servers.Url(1), "The second instance 2c9b heard this.");

        // The first instance comes back; the same browser goes back to it.
        await servers.StartAsync(0);
        await UndertoneAppFixture.GotoAsync(page, servers.Url(0) + "/journal");
        Assert.StartsWith(servers.Url(0) + "/journal", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("orchard 6a1f", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("second instance 2c9b", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    // A new recap on the live page, saved as the person moves on to the next field.
    private static async Task WriteRecapAsync(IPage page, string instance, string whatCameUp)
    {
        await UndertoneAppFixture.GotoAsync(page, instance + "/journal/new");
        await page.GetByLabel("What came up?").FillAsync(whatCameUp);
        await page.GetByLabel("What mattered most?").FocusAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved at" })).ToBeVisibleAsync();
    }
}

namespace Undertone.BrowserTests;

/// <summary>
/// Server mode in a real browser: the owner sets Undertone up through the set-up link and writes a recap on the
/// interactive page (the circuit works for them) and finds it by searching, a second person signs in and neither sees
/// nor finds any of it, and signing out ends it.
/// </summary>
public sealed class ServerModeTests(ServerModeApp app) : IClassFixture<ServerModeApp>
{
    private const string Password = "a long calm password";

    [Fact]
    public async Task Owner_SetsUp_WritesARecap_SecondPersonSeesNoneOfIt()
    {
        var owner = await app.NewPageAsync();
        await owner.GotoAsync("/journal");
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/account/signin$"));
        await Shot(owner, "server-signin");

        await owner.GotoAsync("/account/setup?token=" + app.SetUpToken);
        await Shot(owner, "server-setup");
        await owner.GetByLabel("User name").FillAsync("sam");
        await owner.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await owner.GetByLabel("Password again").FillAsync(Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(owner);

        await UndertoneAppFixture.GotoAsync(owner, "/journal/new");
        await owner.GetByLabel("What came up?").FillAsync("The lighthouse 4c2e, and the long walk home.");
        await owner.GetByLabel("What mattered most?").FocusAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved at" })).ToBeVisibleAsync();
        await UndertoneAppFixture.GotoAsync(owner, "/journal");
        await Assertions.Expect(owner.GetByText("lighthouse 4c2e", new() { Exact = false }).First).ToBeVisibleAsync();
        await UndertoneAppFixture.GotoAsync(owner, "/search");
        await owner.GetByLabel("Search recaps and questions").FillAsync("lighth");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.Locator(".search-result mark")).ToHaveTextAsync("lighthouse");
        await Shot(owner, "server-search");

        // A second person (made directly: invites are not built yet) signs in through the page.
        await using (var scope = app.Services().CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Postgres.Accounts.Account>>();
            Assert.True((await users.CreateAsync(new Data.Postgres.Accounts.Account { UserName = "lee" }, Password)).Succeeded);
        }

        var other = await app.NewPageAsync();
        await other.GotoAsync("/account/signin");
        await other.GetByLabel("User name").FillAsync("lee");
        await other.GetByLabel("Password").FillAsync(Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(other);
        await UndertoneAppFixture.GotoAsync(other, "/journal");
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.DoesNotContain("4c2e", await other.ContentAsync(), StringComparison.Ordinal);
        await Shot(other, "server-journal-second-person");
        await UndertoneAppFixture.GotoAsync(other, "/search");
        await other.GetByLabel("Search recaps and questions").FillAsync("lighthouse");
        await other.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing found." })).ToBeVisibleAsync();
        Assert.DoesNotContain("4c2e", await other.ContentAsync(), StringComparison.Ordinal);

        await other.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
        await Shot(other, "server-signout");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/account/signin\\?signedout$"));
        await Assertions.Expect(other.GetByText("You're signed out.")).ToBeVisibleAsync();
        await other.GotoAsync("/journal");
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/account/signin$"));
    }

    private static Task Shot(IPage page, string name) => UndertoneAppFixture.ScreenshotAsync(page, name);
}

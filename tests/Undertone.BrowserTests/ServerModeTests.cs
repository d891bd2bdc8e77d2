namespace Undertone.BrowserTests;

/// <summary>
/// Server mode in a real browser (issue 18's "done when"): the owner sets Undertone up through the set-up link,
/// writes a recap on the interactive page and finds it by searching, invites a second person with a link made on the
/// page, the second person joins and writes a recap, neither sees nor finds the other's, the used link is dead, and
/// signing out ends it.
/// </summary>
public sealed class ServerModeTests(ServerModeApp app) : IClassFixture<ServerModeApp>
{
    [Fact]
    public async Task Owner_SetsUp_WritesARecap_SecondPersonSeesNoneOfIt()
    {
        var owner = await app.NewPageAsync();
        await owner.GotoAsync("/journal");
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/account/signin$"));
        await Shot(owner, "server-signin");

        await owner.GotoAsync("/account/setup?token=" + app.SetUpToken);
        await Shot(owner, "server-setup");
        await PersonSteps.CreateAccountAsync(owner, "sam");

        await PersonSteps.WriteRecapAsync(owner, "The lighthouse 4c2e, and the long walk home.");
        await UndertoneAppFixture.GotoAsync(owner, "/journal");
        await Assertions.Expect(owner.GetByText("lighthouse 4c2e", new() { Exact = false }).First).ToBeVisibleAsync();
        await UndertoneAppFixture.GotoAsync(owner, "/search");
        await owner.GetByLabel("Search recaps and questions").FillAsync("lighth");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.Locator(".search-result mark")).ToHaveTextAsync("lighthouse");
        await Shot(owner, "server-search");

        // The owner invites a second person with a link made on the page.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
        await ShotEveryWay(owner, "server-account");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Invite someone" }).ClickAsync();
        await owner.GetByLabel("Who is it for? (optional)").FillAsync("Lee");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Make an invite link" }).ClickAsync();
        var link = (await owner.GetByTestId("invite-link").TextContentAsync())!.Trim();
        Assert.StartsWith(app.BaseUrl + "/account/join?token=", link, StringComparison.Ordinal);
        await ShotEveryWay(owner, "server-invites");
        foreach (var page in new[] { "password", "authenticator", "delete" })
        {
            await owner.GotoAsync("/account/" + page);
            await ShotEveryWay(owner, "server-account-" + page);
        }

        var other = await app.NewPageAsync();
        await other.GotoAsync(link);
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Join Undertone" })).ToBeVisibleAsync();
        await ShotEveryWay(other, "server-join");
        await PersonSteps.CreateAccountAsync(other, "lee");
        await Assertions.Expect(other.GetByText("a server shared by a few people", new() { Exact = false })).ToBeVisibleAsync(); // the footer

        // Both write; neither sees the other's.
        await PersonSteps.WriteRecapAsync(other, "The harbour 8d1f, and a quiet bus ride.");
        await UndertoneAppFixture.GotoAsync(other, "/journal");
        await Assertions.Expect(other.GetByText("harbour 8d1f", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.DoesNotContain("4c2e", await other.ContentAsync(), StringComparison.Ordinal);
        await Shot(other, "server-journal-second-person");
        await UndertoneAppFixture.GotoAsync(other, "/search");
        await other.GetByLabel("Search recaps and questions").FillAsync("lighthouse");
        await other.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing found." })).ToBeVisibleAsync();
        Assert.DoesNotContain("4c2e", await other.ContentAsync(), StringComparison.Ordinal);
        await UndertoneAppFixture.GotoAsync(owner, "/journal");
        await Assertions.Expect(owner.GetByText("lighthouse 4c2e", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.DoesNotContain("8d1f", await owner.ContentAsync(), StringComparison.Ordinal);

        // The link made one account; it is dead now.
        var late = await app.NewPageAsync();
        await late.GotoAsync(link);
        await Assertions.Expect(late.GetByRole(AriaRole.Heading, new() { Name = "This invite link doesn't work" })).ToBeVisibleAsync();
        await ShotEveryWay(late, "server-join-dead");

        // Their own export, from the Your data page: a ZIP with none of the owner's words.
        await UndertoneAppFixture.GotoAsync(other, "/settings/data");
        var download = await other.RunAndWaitForDownloadAsync(() => other.GetByRole(AriaRole.Link, new() { Name = "Download everything" }).ClickAsync());
        await Assertions.Expect(other.GetByTestId("export-status")).ToContainTextAsync("Your download is ready");
        await Shot(other, "server-your-data");
        var zipPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(zipPath);
        try
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(zipPath);
            Assert.Contains(archive.Entries, e => e.FullName == "undertone.json");
            foreach (var entry in archive.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                Assert.DoesNotContain("4c2e", await reader.ReadToEndAsync(), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(zipPath);
        }

        await other.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
        await Shot(other, "server-signout");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/account/signin\\?signedout$"));
        await Assertions.Expect(other.GetByText("You're signed out.")).ToBeVisibleAsync();
        await other.GotoAsync("/journal");
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/account/signin$"));
    }

    private static Task Shot(IPage page, string name) => UndertoneAppFixture.ScreenshotAsync(page, name);

    /// <summary>The account pages follow the system's light or dark choice: each is looked at wide and narrow, in both.</summary>
    private static async Task ShotEveryWay(IPage page, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await Shot(page, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}");
            }
        }

        await page.SetViewportSizeAsync(1280, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
    }
}

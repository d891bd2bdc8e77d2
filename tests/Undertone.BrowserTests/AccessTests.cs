namespace Undertone.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class AccessTests(UndertoneAppFixture app)
{
    private static readonly string[] Pages = ["/", "/script", "/journal", "/journal/new", "/questions", "/patterns", "/prep", "/search", "/settings", "/journal/themes"];

    [Fact]
    public async Task WithoutTheLink_TheBrowserSeesOnlyHowToGetIn_AndWithIt_TheJournalOpens()
    {
        var page = await app.NewAnonymousPageAsync();

        var refused = await page.GotoAsync("/journal");

        Assert.Equal(401, refused!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open Undertone from its link" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main[data-interactive]").CountAsync());

        await page.GotoAsync("/signin?token=" + app.Token);

        Assert.Equal(app.BaseUrl + "/", page.Url); // the token has left the address bar
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie")); // the session cookie is out of reach of scripts
        await UndertoneAppFixture.GotoAsync(page, "/journal");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryPage_BecomesInteractive_WithoutAnyContentSecurityPolicyComplaint()
    {
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
            await UndertoneAppFixture.WaitForInteractiveAsync(page);
        }

        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SearchWords_StayOutOfTheBrowsersStores()
    {
        const string words = "canary-words-for-the-search-box";
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/search");
        var box = page.GetByLabel("Search recaps and questions");

        await box.FillAsync(words);
        await box.PressAsync("Enter");

        Assert.Equal("off", await box.GetAttributeAsync("autocomplete"));
        Assert.DoesNotContain(words, page.Url, StringComparison.Ordinal);
        var stored = await page.EvaluateAsync<string>("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])");
        Assert.DoesNotContain(words, stored, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}

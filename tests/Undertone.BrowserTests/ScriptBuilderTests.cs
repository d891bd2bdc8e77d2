using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Undertone.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ScriptBuilderTests(UndertoneAppFixture app)
{
    [Fact]
    public async Task PickingOptions_ChangesThePreview_AndCopyPutsExactlyThePreviewOnTheClipboard()
    {
        var page = await OpenFreshAsync(1280);
        var message = page.GetByLabel("Your message (you can edit it here)");
        var first = await message.InputValueAsync();
        Assert.Contains("policy allow", first, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Warmer", Exact = true }).CheckAsync();
        await Assertions.Expect(message).Not.ToHaveValueAsync(first);
        await Assertions.Expect(page.Locator(".change-note")).ToContainTextAsync("changed with the warmer tone");

        await page.GetByRole(AriaRole.Radio, new() { Name = "A transcript" }).CheckAsync();
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("transcript"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy message" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Message copied. It's ready to paste.").First).ToBeVisibleAsync();
        var clipboard = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(await message.InputValueAsync(), clipboard);

        await ScreenshotAsync(page, "script-1280-warmer-transcript");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditedMessage_IsCheckedAsYouType_AndKeptAfterReload()
    {
        var page = await OpenFreshAsync(1280);
        var message = page.GetByLabel("Your message (you can edit it here)");
        var generated = await message.InputValueAsync();
        var text = generated.Insert(generated.IndexOf("\n\n", StringComparison.Ordinal) + 2, "I'm so sorry to ask about this. ");

        await message.FillAsync(text);
        await Assertions.Expect(page.GetByText("No need to apologise").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use “I'd like to ask” instead" }).First.ClickAsync();
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("I'd like to ask about this"));

        await message.FillAsync("My own words. What are you comfortable with? No is okay.");
        await page.WaitForTimeoutAsync(900); // the draft is saved after a 400 ms pause in typing
        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByLabel("Your message (you can edit it here)")).ToHaveValueAsync("My own words. What are you comfortable with? No is okay.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SavedScript_IsThereAfterReload_AndAnAgreementIsRecorded()
    {
        var page = await OpenFreshAsync(1280);
        var name = "Before Tuesday " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByLabel("Name for this message").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save message" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Record their answer for {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Yes, with conditions" }).CheckAsync();
        await page.GetByLabel("Any boundaries they set (optional)").FillAsync("Only the last five minutes.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save what was agreed" }).ClickAsync();

        var item = page.Locator("li.saved-item", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });
        await Assertions.Expect(item).ToContainTextAsync("You agreed, with conditions: short recap, on this device, deleted after review");
        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(item).ToContainTextAsync("You agreed, with conditions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReadAloudView_ShowsTheSpokenVersionFullScreen()
    {
        var page = await OpenFreshAsync(1280);

        await page.GetByRole(AriaRole.Button, new() { Name = "Read aloud view" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("policy allow");
        await Assertions.Expect(dialog).Not.ToContainTextAsync("Hello,");
        var folder = Environment.GetEnvironmentVariable("UNDERTONE_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            // The viewport only: the view covers the screen, and a full-page shot would show the page behind it.
            await page.WaitForTimeoutAsync(600); // let the opening animation finish
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "script-read-aloud-1280.png") });
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Page_HasNoSeriousAccessibilityProblems_AndNoSidewaysScroll_InLightAndDark(int width)
    {
        var page = await OpenFreshAsync(width);
        try
        {
            foreach (var mode in new[] { "light", "dark" })
            {
                if (mode == "dark")
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
                }

                // Open the parts that appear on demand so they are checked too.
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "I write down my next steps before I leave" }).CheckAsync();
                await page.GetByText("Read it part by part").ClickAsync();

                var results = await page.RunAxe();
                var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")
                    .ToList();
                Assert.True(serious.Count == 0, $"{mode} at {width}px:\n" + string.Join("\n", serious));

                var fits = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth");
                Assert.True(fits, $"The page scrolls sideways at {width}px in {mode} mode.");
                await ScreenshotAsync(page, $"script-{width}-{mode}");

                await page.GetByText("Read it part by part").ClickAsync();
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "I write down my next steps before I leave" }).UncheckAsync();
            }
        }
        finally
        {
            var light = page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" });
            if (await light.IsVisibleAsync())
            {
                await light.ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" })).ToBeVisibleAsync();
            }

            await page.Context.CloseAsync();
        }
    }

    /// <summary>A full-page screenshot from the top, so the fixed app bar is where it belongs.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await UndertoneAppFixture.ScreenshotAsync(page, name);
    }

    /// <summary>Opens the builder and starts a new message, so earlier tests' drafts don't carry over.</summary>
    private async Task<IPage> OpenFreshAsync(int width)
    {
        var page = await app.NewPageAsync(width);
        await UndertoneAppFixture.GotoAsync(page, "/script");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new message" }).ClickAsync();
        var fresh = page.GetByText("A fresh message, from the starting choices.");
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Open a new message" });
        await fresh.Or(confirm).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (await confirm.IsVisibleAsync())
        {
            await confirm.ClickAsync(); // an earlier test left unsaved edits in the shared draft
        }

        await Assertions.Expect(fresh).ToBeAttachedAsync();
        return page;
    }
}

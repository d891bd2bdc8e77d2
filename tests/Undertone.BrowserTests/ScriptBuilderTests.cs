using Undertone.Data.Consent;
using Undertone.Domain.Consent;
using Undertone.Web.Components.Pages.Script;

namespace Undertone.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ScriptBuilderTests(UndertoneAppFixture app)
{
    [Fact]
    public async Task PickingOptions_ChangesThePreview_AndCopyPutsExactlyThePreviewOnTheClipboard()
    {
        var (page, message, first) = await OpenFreshMessageAsync();
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
        var (page, message, generated) = await OpenFreshMessageAsync();
        var text = generated.Insert(generated.IndexOf("\n\n", StringComparison.Ordinal) + 2, "I'm so sorry to ask about this. ");

        await message.FillAsync(text);
        await Assertions.Expect(page.GetByText("No need to apologise").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You could say instead: “I'd like to ask about this.”")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this sentence" }).First.ClickAsync();
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("I'd like to ask about this"));

        await message.FillAsync("My own words. What are you comfortable with? No is okay.");
        await WaitUntilSyncedAsync(page);
        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByLabel("Your message (you can edit it here)")).ToHaveValueAsync("My own words. What are you comfortable with? No is okay.");
        await page.Context.CloseAsync();
    }

    /// <summary>The meaning model, loaded in the background at start-up, judges the message once typing pauses.</summary>
    [Fact]
    public async Task MeaningCheck_PointsOutASecretRecording_ThatNoRuleWords_AndItsSentenceCanReplaceIt()
    {
        var (page, message, generated) = await OpenFreshMessageAsync();
        const string secret = "Nobody needs to know I have my phone recording.";

        await message.FillAsync(generated.Insert(generated.IndexOf("\n\n", StringComparison.Ordinal) + 2, secret + " "));

        var finding = page.Locator("li[data-kind=SecretRecording]");
        await Assertions.Expect(finding).ToContainTextAsync("Please only record with their yes");
        await Assertions.Expect(finding).ToContainTextAsync(secret);
        await finding.GetByRole(AriaRole.Button, new() { Name = "Use this sentence" }).ClickAsync();
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("I would only record our sessions with your agreement"));
        await Assertions.Expect(finding).ToHaveCountAsync(0);
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

                await PageChecks.AssertNoSeriousAxeProblemsAsync(page, $"/script, {mode} at {width}px");

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

    private const string Sixty = "Typed fast: every key lands here, in order. 1234567890 ok?!!";

    [Fact]
    public async Task TypingSixtyKeysIntoTheMiddle_WithNoDelay_KeepsEveryKeyAndTheCaret()
    {
        Assert.Equal(60, Sixty.Length);
        var (page, message, generated) = await OpenFreshMessageAsync();
        var middle = generated.IndexOf("\n\n", StringComparison.Ordinal) + 40;
        await message.FocusAsync();
        await message.EvaluateAsync("(el, at) => el.setSelectionRange(at, at)", middle);

        await page.Keyboard.TypeAsync(Sixty); // no delay between keys

        var expected = generated.Insert(middle, Sixty);
        Assert.Equal(expected, await message.InputValueAsync());
        Assert.Equal(middle + 60, await message.EvaluateAsync<int>("el => el.selectionStart"));

        // After the server has the text (and has checked and saved it), nothing was written back over the box.
        await WaitUntilSyncedAsync(page);
        Assert.Equal(expected, await message.InputValueAsync());
        Assert.Equal(middle + 60, await message.EvaluateAsync<int>("el => el.selectionStart"));
        await WaitForDraftAsync(d => d.EditedText == expected);
        await ScreenshotAsync(page, "script-1280-typed-fast");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClosingTheTab_100msAfterTheLastKey_KeepsTheLastEdit()
    {
        var (page, message, generated) = await OpenFreshMessageAsync();
        await message.FocusAsync();
        await message.PressAsync("End");

        await page.Keyboard.TypeAsync(" P.S. typed just before closing.");
        await page.WaitForTimeoutAsync(100); // the scenario: the tab is closed 100 ms after the last key
        await page.CloseAsync(new() { RunBeforeUnload = true });

        var kept = await WaitForDraftAsync(d => d.EditedText is not null);
        Assert.Equal(generated + " P.S. typed just before closing.", kept.EditedText);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TwoTabs_TheOlderTabIsToldAndOfferedTheNewerDraft_InsteadOfOverwritingIt()
    {
        var tabA = await OpenFreshAsync(1280);
        var tabB = await tabA.Context.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(tabB, "/script");

        await tabB.GetByLabel("Your therapist's name").FillAsync("Dr. Rivera");
        await Assertions.Expect(tabB.GetByLabel("Your message (you can edit it here)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Dr. Rivera"));
        await WaitForDraftAsync(d => d.Ask.TherapistName == "Dr. Rivera");

        // Tab A still shows the older draft; its next change must not replace tab B's.
        var messageA = tabA.GetByLabel("Your message (you can edit it here)");
        await messageA.FocusAsync();
        await messageA.PressAsync("End");
        await tabA.Keyboard.TypeAsync(" Words typed in tab A.");
        await messageA.BlurAsync();

        var offer = tabA.GetByRole(AriaRole.Region, new() { Name = "Changed in another tab" });
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await ScreenshotAsync(tabA, "script-1280-newer-draft-offer");
        var stored = await app.Services.GetRequiredService<ScriptStore>().GetDraftAsync();
        Assert.Equal("Dr. Rivera", stored!.Ask.TherapistName);
        Assert.Null(stored.EditedText);

        await offer.GetByRole(AriaRole.Button, new() { Name = "Show the newer version" }).ClickAsync();
        await Assertions.Expect(tabA.GetByLabel("Your therapist's name")).ToHaveValueAsync("Dr. Rivera");
        await Assertions.Expect(messageA).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Dr. Rivera"));
        await Assertions.Expect(messageA).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("tab A"));
        await Assertions.Expect(offer).Not.ToBeVisibleAsync();
        await tabA.Context.CloseAsync();
    }

    [Fact]
    public async Task DaysField_WhileItIsNotValid_TheMessageNeverStatesIt_AndCopyingWaits()
    {
        var page = await OpenFreshAsync(1280);
        var message = page.GetByLabel("Your message (you can edit it here)");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Deleted after a number of days" }).CheckAsync();
        var days = page.GetByLabel("Number of days", new() { Exact = true });

        await days.FillAsync("40");
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("40 days"));
        await days.FillAsync("4000");

        await Assertions.Expect(page.GetByText("Choose a number of days from 1 to 365.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("waiting-note")).ToBeVisibleAsync();
        Assert.DoesNotContain("4000", await message.InputValueAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy message" })).ToBeDisabledAsync();
        await ScreenshotAsync(page, "script-1280-days-not-valid");

        await days.FillAsync("60");
        await Assertions.Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("60 days"));
        await Assertions.Expect(page.GetByTestId("waiting-note")).Not.ToBeAttachedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy message" })).ToBeEnabledAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnADesktop_TabGoesThroughTheChoicesBeforeTheMessage_AsTheyAreSeen()
    {
        var page = await OpenFreshAsync(1280);
        var choices = await page.Locator(".form-column").BoundingBoxAsync();
        var preview = await page.Locator(".preview-column").BoundingBoxAsync();
        Assert.True(choices!.X < preview!.X, "The choices are on the left.");

        await page.GetByLabel("Your name, for the sign-off").FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('.preview-column') !== null"), "Tab after the last choice goes to the message column.");
        Assert.True(await page.EvaluateAsync<bool>(
            "document.querySelector('.form-column').compareDocumentPosition(document.querySelector('.preview-column')) === Node.DOCUMENT_POSITION_FOLLOWING"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReadAloud_ForAnEditedWrittenMessage_ShowsTheEditedText_AndOffersTheSpokenVersion()
    {
        var page = await OpenFreshAsync(1280);
        var message = page.GetByLabel("Your message (you can edit it here)");
        await message.FillAsync("Hello,\n\nMy own words to read out. What are you comfortable with?\n\nThanks");
        await WaitUntilSyncedAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Read aloud view" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("My own words to read out.");
        await Assertions.Expect(dialog).ToContainTextAsync("your message as you edited it");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Show the spoken version instead" }).ClickAsync();
        await Assertions.Expect(dialog).Not.ToContainTextAsync("My own words to read out.");
        await Assertions.Expect(dialog).ToContainTextAsync("policy allow");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Highlights_MarkExactlyThePartTheFindingAndTheChangedSentences_AndFollowTheWordsAfterTyping()
    {
        var (page, message, generated) = await OpenFreshMessageAsync();
        var privacy = ScriptComposer.Compose(ScriptForm.StartingAsk).Parts.Single(p => p.Part == ScriptPartKind.Privacy).Text;

        // A part: pressing its legend item tints exactly that part's words, and nothing else.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Highlight part 3: {ScriptLabels.Part(ScriptPartKind.Privacy)}", Exact = true }).ClickAsync();
        await page.Mouse.MoveAsync(0, 0); // the part stays shown: it was pressed, not just hovered
        await WaitForMarkedTextAsync(page, ".editor-mirror span.part-privacy", privacy);
        Assert.Equal(privacy, await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('.editor-mirror span')].filter(s => getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)').map(s => s.textContent).join('')"));

        // A finding: the words the check points at are underlined.
        var paragraph = generated.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        await TypeAtAsync(page, message, paragraph, "I'm so sorry to ask about this. ");
        var text = await message.InputValueAsync();
        var apology = MessageCheck.Run(text, ScriptForm.StartingAsk.Length).Single(f => f.Kind == FindingKind.Apology);
        var apologyWords = text.Substring(apology.Start, apology.Length);
        await WaitForMarkedTextAsync(page, ".editor-mirror span.finding", apologyWords);
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.editor-mirror span.finding')].every(s => getComputedStyle(s).textDecorationLine.includes('underline'))"));

        // Typing before them moves the text; once the server has it, every highlight is on the same words again.
        await TypeAtAsync(page, message, paragraph, "One more thing first. ");
        await WaitForMarkedTextAsync(page, ".editor-mirror span.finding", apologyWords);
        await WaitForMarkedTextAsync(page, ".editor-mirror span.part-privacy", privacy);
        Assert.Equal(await message.InputValueAsync(), await page.EvaluateAsync<string>(
            "() => document.querySelector('.editor-mirror').textContent.replace('\\u200b', '')"));
        Assert.False(await page.EvaluateAsync<bool>(
            "() => (JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + location.href).includes('sorry')"), "The message reached browser storage or the address.");

        // A tone switch: the sentences that changed are marked, and only those.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset to generated" }).ClickAsync();
        await Assertions.Expect(message).ToHaveValueAsync(generated);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Warmer", Exact = true }).CheckAsync();
        var warm = ScriptComposer.Compose(ScriptForm.StartingAsk with { Tone = Tone.Warm }).Text;
        var changed = SentenceChanges.Changed(generated, warm).OrderBy(r => r.Start).Select(r => warm.Substring(r.Start, r.Length));
        await Assertions.Expect(message).ToHaveValueAsync(warm);
        await WaitForMarkedTextAsync(page, ".editor-mirror span.changed", string.Concat(changed));
        await ScreenshotAsync(page, "script-1280-highlights");
        await page.Context.CloseAsync();
    }

    /// <summary>Types <paramref name="words"/> at <paramref name="at"/> with the keyboard and waits until the server has the text.</summary>
    private static async Task TypeAtAsync(IPage page, ILocator message, int at, string words)
    {
        await message.FocusAsync();
        await message.EvaluateAsync("(el, at) => el.setSelectionRange(at, at)", at);
        await page.Keyboard.TypeAsync(words);
        await message.BlurAsync();
        await WaitUntilSyncedAsync(page);
    }

    /// <summary>Waits until the mirror's pieces matching <paramref name="selector"/> read, together, exactly <paramref name="expected"/>.</summary>
    private static async Task WaitForMarkedTextAsync(IPage page, string selector, string expected) =>
        await page.WaitForFunctionAsync(
            "([selector, expected]) => [...document.querySelectorAll(selector)].map(s => s.textContent).join('') === expected",
            new object[] { selector, expected });

    /// <summary>Waits until the editor has no edit the server hasn't acknowledged (its typing marker is gone).</summary>
    private static Task WaitUntilSyncedAsync(IPage page) =>
        page.Locator(".editor-stack:not([data-typing])").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Reads the stored working draft until it matches (the page saves it asynchronously), for up to 10 s.</summary>
    private async Task<WorkingDraft> WaitForDraftAsync(Func<WorkingDraft, bool> done)
    {
        var store = app.Services.GetRequiredService<ScriptStore>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var draft = await store.GetDraftAsync();
            if (draft is not null && done(draft))
            {
                return draft;
            }

            Assert.True(DateTime.UtcNow < deadline, "The working draft was not saved as expected.");
            await Task.Delay(50);
        }
    }

    /// <summary>A full-page screenshot from the top, so the fixed app bar is where it belongs.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await UndertoneAppFixture.ScreenshotAsync(page, name);
    }

    /// <summary>Opens the builder and starts a new message, so earlier tests' drafts don't carry over.</summary>
    /// <summary>A fresh builder 1280 px wide: the page, its message box, and the message it starts with.</summary>
    private async Task<(IPage Page, ILocator Message, string Generated)> OpenFreshMessageAsync()
    {
        var page = await OpenFreshAsync(1280);
        var message = page.GetByLabel("Your message (you can edit it here)");
        return (page, message, await message.InputValueAsync());
    }

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

        // The status line renders before the box gets the new text (that comes through the editor's script), so wait
        // for the text itself: a test that reads the box sooner would read the earlier draft.
        var startingText = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;
        await Assertions.Expect(page.GetByLabel("Your message (you can edit it here)")).ToHaveValueAsync(startingText);
        return page;
    }
}

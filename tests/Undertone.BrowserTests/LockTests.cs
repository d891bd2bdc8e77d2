namespace Undertone.BrowserTests;

/// <summary>The passphrase lock as a person meets it: set it in Settings → Privacy, lock, a wrong try, the right one, a reload.</summary>
[Collection(LockedJournalSuite.Name)]
public sealed class LockTests(UndertoneAppFixture app)
{
    private const string Passphrase = "seven swans on a grey river";

    [Fact]
    public async Task SetPassphrase_Lock_WrongTryIsKind_RightOneBringsTheJournalBack_AndAReloadStaysSignedIn()
    {
        await app.Services.GetRequiredService<QuestionStore>().AddQuestionAsync("Can we talk about the letter from my sister?");
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, "/settings");

        await page.GetByLabel("New passphrase", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByLabel("Type it again", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock my journal with this passphrase" }).ClickAsync();
        // Argon2id with the shipped settings and the conversion of the file take a few seconds on a busy machine.
        await Assertions.Expect(page.GetByTestId("recovery-key")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "I have written it down" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lock the journal now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your journal is locked" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacy: lock with a passphrase" })).ToBeHiddenAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "unlock-screen");

        await page.GetByLabel("Passphrase", new() { Exact = true }).FillAsync("seven swans on a blue river");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock", Exact = true }).ClickAsync();
        var status = page.GetByTestId("unlock-status");
        await Assertions.Expect(status).ToContainTextAsync("That passphrase didn't match. Take your time and try again.", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your journal is locked" })).ToBeVisibleAsync();
        await UndertoneAppFixture.ScreenshotAsync(page, "unlock-screen-wrong-passphrase");

        await page.GetByLabel("Passphrase", new() { Exact = true }).FillAsync(Passphrase);
        var renewal = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Unlock", Exact = true }).ClickAsync(),
            response => response.Url.EndsWith("/api/unlock/session", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        Assert.Equal(204, renewal.Status);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacy: lock with a passphrase" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your journal is locked" })).ToHaveCountAsync(0);

        // Locking ended the old session cookie; the unlock gave this tab a new one, so a reload needs no launch link.
        var reloaded = await page.ReloadAsync();
        Assert.Equal(200, reloaded!.Status);
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        await UndertoneAppFixture.GotoAsync(page, "/questions");
        await Assertions.Expect(page.GetByText("Can we talk about the letter from my sister?")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}

namespace Undertone.BrowserTests;

/// <summary>
/// Steps a person takes the same way in many browser tests: writing a recap on the recap page and making an account on
/// server mode's set-up or join page. Each waits for what the person would see before the test goes on.
/// </summary>
public static class PersonSteps
{
    /// <summary>The password every browser-test account is made with.</summary>
    public const string Password = "a long calm password";

    /// <summary>
    /// A word of letters only (so the search tokenizer sees one word), unique per test so tests never see each other's data.
    /// </summary>
    public static string UniqueWord(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    /// <summary>
    /// A new recap on the live page at <paramref name="newRecapUrl"/>, saved as the person moves on to the next field:
    /// the page says "Saved at".
    /// </summary>
    public static async Task WriteRecapAsync(IPage page, string whatCameUp, string newRecapUrl = "/journal/new")
    {
        ArgumentNullException.ThrowIfNull(page);
        await UndertoneAppFixture.GotoAsync(page, newRecapUrl);
        await page.GetByLabel("What came up?").FillAsync(whatCameUp);
        await page.GetByLabel("What mattered most?").FocusAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved at" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Fills in the set-up or join form already open on <paramref name="page"/>, makes the account and waits until the
    /// page it lands on is interactive.
    /// </summary>
    public static async Task CreateAccountAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
    }
}

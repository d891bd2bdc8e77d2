using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Authenticator-app codes, attacked: they turn on only after a right code; then a password alone does not sign in;
/// guessing codes pauses the account like guessing passwords; a recovery code works once; turning codes off needs a
/// code or the password.
/// </summary>
public sealed partial class AuthenticatorTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task TurnOn_NeedsARightCode_ThenSigningInNeedsACodeToo()
    {
        var (userName, client) = await NewPersonAsync();
        var key = await KeyAsync(client);

        var wrong = await ServerModeFactory.PostFormAsync(client, AuthenticatorEndpoints.Path, Code(WrongCode(key)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("now off", await client.GetStringAsync(AccountHome.Path), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordOnlyAsync(userName)).Answer.StatusCode); // still the password alone

        var codes = await TurnOnAsync(client, key);
        Assert.Equal(AuthenticatorEndpoints.RecoveryCodeCount, codes.Count);
        Assert.Contains("now on", await client.GetStringAsync(AccountHome.Path), StringComparison.Ordinal); // this browser stays in

        var (browser, password) = await PasswordOnlyAsync(userName);
        Assert.Equal(AuthenticatorEndpoints.CodePath, password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/recaps")).StatusCode); // the password alone is not enough
        var signedIn = await ServerModeFactory.PostFormAsync(browser, AuthenticatorEndpoints.CodePath, Code(Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task GuessingCodes_PausesTheAccount_EvenForTheRightCode()
    {
        var (userName, _, key, _) = await PersonWithAuthenticatorAsync();

        var (attacker, _) = await PasswordOnlyAsync(userName); // the password leaked
        HttpResponseMessage guess = null!;
        for (var i = 0; i < AccountRules.FailuresBeforePause; i++)
        {
            guess = await ServerModeFactory.PostFormAsync(attacker, AuthenticatorEndpoints.CodePath, Code(i % 2 == 0 ? WrongCode(key) : "ABCDE-FGHJK"), AuthenticatorEndpoints.CodePath);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        Assert.Contains("paused for 15 minutes", WebUtility.HtmlDecode(await guess.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var right = await ServerModeFactory.PostFormAsync(attacker, AuthenticatorEndpoints.CodePath, Code(Totp.Code(key, DateTimeOffset.UtcNow)), AuthenticatorEndpoints.CodePath);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        var (userName, _, _, codes) = await PersonWithAuthenticatorAsync();

        var (lostPhone, _) = await PasswordOnlyAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, (await ServerModeFactory.PostFormAsync(lostPhone, AuthenticatorEndpoints.CodePath, Code(codes[0].ToLowerInvariant()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetAsync("/api/recaps")).StatusCode);

        var (again, _) = await PasswordOnlyAsync(userName);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ServerModeFactory.PostFormAsync(again, AuthenticatorEndpoints.CodePath, Code(codes[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task TurnOff_NeedsACodeOrThePassword()
    {
        var (userName, client, key, _) = await PersonWithAuthenticatorAsync();

        var wrongPassword = await ServerModeFactory.PostFormAsync(client, AuthenticatorEndpoints.OffPath, new() { ["Code"] = "", ["Password"] = "not my password at all" }, AuthenticatorEndpoints.Path);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Contains("That isn't your current password", WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var wrongCode = await ServerModeFactory.PostFormAsync(client, AuthenticatorEndpoints.OffPath, new() { ["Code"] = WrongCode(key), ["Password"] = "" }, AuthenticatorEndpoints.Path);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Contains("That code didn't match", WebUtility.HtmlDecode(await wrongCode.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var forged = await client.PostAsync(AuthenticatorEndpoints.OffPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "", ["Password"] = ServerModeFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("now on", await client.GetStringAsync(AccountHome.Path), StringComparison.Ordinal);

        var off = await ServerModeFactory.PostFormAsync(client, AuthenticatorEndpoints.OffPath, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow), ["Password"] = "" }, AuthenticatorEndpoints.Path);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("now off", await client.GetStringAsync(AccountHome.Path), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordOnlyAsync(userName)).Answer.StatusCode);
        Assert.Equal("/", (await PasswordOnlyAsync(userName)).Answer.Headers.Location?.OriginalString);
    }

    /// <summary>A new person, signed in, who has turned their authenticator on: its key and their recovery codes.</summary>
    private async Task<(string UserName, HttpClient Client, string Key, List<string> Codes)> PersonWithAuthenticatorAsync()
    {
        var (userName, client) = await NewPersonAsync();
        var key = await KeyAsync(client);
        return (userName, client, key, await TurnOnAsync(client, key));
    }

    private async Task<(string UserName, HttpClient Client)> NewPersonAsync()
    {
        var userName = ServerModeFactory.UniqueName("totp");
        await app.CreateAccountAsync(userName);
        return (userName, await app.SignInAsync(userName));
    }

    /// <summary>The key as the page shows it for typing into an app.</summary>
    private static async Task<string> KeyAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(AuthenticatorEndpoints.Path);
        var key = ShownKey().Match(page);
        Assert.True(key.Success, "The page shows no key.");
        Assert.Contains("otpauth://totp/", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        return key.Groups["key"].Value;
    }

    private static async Task<List<string>> TurnOnAsync(HttpClient client, string key)
    {
        var on = await ServerModeFactory.PostFormAsync(client, AuthenticatorEndpoints.Path, Code(Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        return [.. RecoveryCode().Matches(await on.Content.ReadAsStringAsync()).Select(m => m.Groups["code"].Value)];
    }

    /// <summary>A new browser that has signed in with the password alone, and the answer it got.</summary>
    private async Task<(HttpClient Browser, HttpResponseMessage Answer)> PasswordOnlyAsync(string userName)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return (browser, await ServerModeFactory.PostFormAsync(browser, AccountEndpoints.SignInPath, SignIn(userName)));
    }

    /// <summary>A six-digit code that is none of the ones the server accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var near = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static Dictionary<string, string> Code(string code) => new() { ["Code"] = code };

    private static Dictionary<string, string> SignIn(string userName) => new() { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password };

    [GeneratedRegex("""data-testid="authenticator-key">(?<key>[a-z2-7 ]+)<""")]
    private static partial Regex ShownKey();

    [GeneratedRegex("""<li><code>(?<code>[A-Z0-9]{5}-[A-Z0-9]{5})</code></li>""")]
    private static partial Regex RecoveryCode();
}

namespace Undertone.Web.Tests.Accounts;

/// <summary>Signing in and out in server mode: a wrong password gets a kind refusal, repeated failures pause signing in, signing out ends access.</summary>
public sealed class SignInTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithoutAccess()
    {
        var userName = "robin-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateAccountAsync(userName);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await ServerModeFactory.PostFormAsync(client, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = "not the password at all" });

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains(AccountRules.SignInRefusal, await TextOfAsync(answer), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsPaused_EvenWithTheRightOne()
    {
        var userName = "kit-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateAccountAsync(userName);
        var attacker = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < AccountRules.FailuresBeforePause; i++)
        {
            var guess = await ServerModeFactory.PostFormAsync(attacker, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = $"guess number {i} here" });
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        var owner = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var right = await ServerModeFactory.PostFormAsync(owner, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("the account is paused for 15 minutes", await TextOfAsync(right), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await owner.GetAsync("/api/recaps")).StatusCode);
    }

    /// <summary>
    /// Someone testing names: six wrong passwords for a real account (paused after five) and for a name nobody has get
    /// the very same answers, so the sign-in page does not tell which user names exist.
    /// </summary>
    [Fact]
    public async Task SignIn_AnswersARealNameAndAnUnknownOneAlike_EvenOnceTheRealOneIsPaused()
    {
        var real = "sam-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateAccountAsync(real);
        var unknown = "sam-" + Guid.NewGuid().ToString("N")[..8];

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var name in new[] { real, unknown })
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            for (var i = 0; i <= AccountRules.FailuresBeforePause; i++)
            {
                var answer = await ServerModeFactory.PostFormAsync(client, AccountEndpoints.SignInPath, new() { ["UserName"] = name, ["Password"] = $"wrong guess number {i}" });
                var text = await TextOfAsync(answer);
                answers.Add((answer.StatusCode, text.Contains(AccountRules.SignInRefusal, StringComparison.Ordinal) ? "refused" : text));
            }
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Unauthorized, "refused"), answer));
        Assert.DoesNotContain(answers, answer => answer.Item2.Contains("too many tries in a row", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_EndsAccess_AndSaysSo()
    {
        var (client, _) = await app.SignedInPersonAsync("jo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/recaps")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(AccountEndpoints.SignInPath)).StatusCode); // already in: home

        var home = await client.GetStringAsync("/");
        Assert.Contains("Sign out", home, StringComparison.Ordinal);
        var signedOut = await ServerModeFactory.PostFormAsync(client, AccountEndpoints.SignOutPath, []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/recaps")).StatusCode);
        Assert.Contains("You're signed out", WebUtility.HtmlDecode(await client.GetStringAsync(signedOut.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutTheFormsAntiforgeryToken_IsRefused()
    {
        var userName = "ash-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateAccountAsync(userName);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await client.PostAsync(AccountEndpoints.SignInPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password }));

        Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/recaps")).StatusCode);
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage answer) => WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
}

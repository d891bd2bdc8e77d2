namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// The first start of server mode: only the holder of the set-up link can make the first (owner) account, the link
/// says calmly when it is wrong, and once it has made the owner it is dead for everyone, even after the owner deletes
/// the only account.
/// </summary>
public sealed class SetUpLinkTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task SetUpLink_MakesTheOwnerOnce_ThenIsDeadForEveryone_EvenOnceTheServerIsEmptyAgain()
    {
        var stranger = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var guessed = await stranger.GetAsync(AccountEndpoints.SetUpPath + "?token=" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Contains("This set-up link doesn't work", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(AccountEndpoints.SetUpPath)).StatusCode);

        var owner = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var link = AccountEndpoints.SetUpPath + "?token=" + app.SetUpToken;
        var page = await owner.GetStringAsync(link);
        Assert.Contains("Set up Undertone", page, StringComparison.Ordinal);
        Assert.Contains("Whoever runs the database or this server can read what is stored there", page, StringComparison.Ordinal);

        var tooShort = await ServerModeFactory.PostFormAsync(owner, AccountEndpoints.SetUpPath, Form(app.SetUpToken, "sam", "eleven char"), link);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var different = await ServerModeFactory.PostFormAsync(owner, AccountEndpoints.SetUpPath, Form(app.SetUpToken, "sam", ServerModeFactory.Password, "another long password"), link);
        Assert.Equal(HttpStatusCode.BadRequest, different.StatusCode);
        Assert.Contains("The two passwords are not the same", await different.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAccountsAsync());

        // The stranger posts the form with a guessed token: nothing is made.
        var forged = await ServerModeFactory.PostFormAsync(stranger, AccountEndpoints.SetUpPath, Form("not-the-token", "mallory", ServerModeFactory.Password), AccountEndpoints.SignInPath);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await CountAccountsAsync());

        var made = await ServerModeFactory.PostFormAsync(owner, AccountEndpoints.SetUpPath, Form(app.SetUpToken, "sam", ServerModeFactory.Password), link);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal("/", made.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/recaps")).StatusCode); // signed in as the owner

        // Now the link is dead, even with the right token, and a second owner cannot be made with it.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        var second = await ServerModeFactory.PostFormAsync(stranger, AccountEndpoints.SetUpPath, Form(app.SetUpToken, "mallory", ServerModeFactory.Password), AccountEndpoints.SignInPath);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/recaps")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.ToListAsync();
            var only = Assert.Single(accounts);
            Assert.Equal("sam", only.UserName);
            Assert.True(only.IsOwner);
        }

        // The owner deletes the only account. The server is empty again, but the old link (in a browser's history, say)
        // stays dead: only a restart prints a new one, and the goodbye page says so.
        var deleted = await ServerModeFactory.PostFormAsync(owner, DeleteAccountEndpoints.Path, new()
        {
            ["Password"] = ServerModeFactory.Password,
            ["Confirmation"] = AccountRules.DeleteConfirmation,
        });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var goodbye = WebUtility.HtmlDecode(await owner.GetStringAsync(deleted.Headers.Location!.OriginalString));
        Assert.Contains("restart it and open the new set-up link it prints", goodbye, StringComparison.Ordinal);
        Assert.Equal(0, await CountAccountsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        var claim = await ServerModeFactory.PostFormAsync(stranger, AccountEndpoints.SetUpPath, Form(app.SetUpToken, "mallory", ServerModeFactory.Password), AccountEndpoints.SignInPath);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(0, await CountAccountsAsync());
    }

    private static Dictionary<string, string> Form(string token, string userName, string password, string? again = null) => new()
    {
        ["Token"] = token,
        ["UserName"] = userName,
        ["Password"] = password,
        ["ConfirmPassword"] = again ?? password,
    };

    private async Task<int> CountAccountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.CountAsync();
    }
}

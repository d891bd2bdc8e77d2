using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Changing the password needs the current one, and it, signing out or deleting the account ends the person's other
/// sessions: other browsers at their next request, open tabs (circuits) at their next check.
/// </summary>
public sealed class SessionEndTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    private const string NewPassword = "a brand new calm password";

    [Fact]
    public async Task ChangePassword_WithTheWrongCurrentOne_ChangesNothing_AndCountsTowardThePause()
    {
        var userName = ServerModeFactory.UniqueName("kai");
        await app.CreateAccountAsync(userName);
        var thief = await app.SignInAsync(userName); // someone at an unattended, signed-in browser

        for (var i = 0; i < AccountRules.FailuresBeforePause; i++)
        {
            var guess = await ServerModeFactory.PostFormAsync(thief, PasswordEndpoints.Path, Change($"guess {i} at the password", NewPassword));
            Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
            Assert.Contains(i < AccountRules.FailuresBeforePause - 1 ? "That isn't your current password" : "paused for 15 minutes", WebUtility.HtmlDecode(await guess.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var right = await ServerModeFactory.PostFormAsync(thief, PasswordEndpoints.Path, Change(ServerModeFactory.Password, NewPassword));
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode); // paused even with the right one
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, ServerModeFactory.Password));
    }

    [Fact]
    public async Task ChangePassword_KeepsThisBrowser_AndSignsOutEveryOther()
    {
        var (userName, laptop, phone) = await OnTwoBrowsersAsync("noa");

        var mismatch = await ServerModeFactory.PostFormAsync(laptop, PasswordEndpoints.Path, Change(ServerModeFactory.Password, NewPassword, "not the same new password"));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/recaps")).StatusCode);

        var changed = await ServerModeFactory.PostFormAsync(laptop, PasswordEndpoints.Path, Change(ServerModeFactory.Password, NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password is changed", WebUtility.HtmlDecode(await laptop.GetStringAsync(changed.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/recaps")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/recaps")).StatusCode);
        await app.SignInAsync(userName, NewPassword);
        var old = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await ServerModeFactory.PostFormAsync(old, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithoutTheFormsAntiforgeryToken_ChangesNothing()
    {
        var userName = ServerModeFactory.UniqueName("ira");
        await app.CreateAccountAsync(userName);
        var client = await app.SignInAsync(userName);

        var forged = await client.PostAsync(PasswordEndpoints.Path, new FormUrlEncodedContent(Change(ServerModeFactory.Password, NewPassword)));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await app.SignInAsync(userName); // the old password still works
    }

    [Fact]
    public async Task SignOut_EndsTheSamePersonsOtherBrowsers()
    {
        var (_, laptop, phone) = await OnTwoBrowsersAsync("ode");
        var (someoneElse, _) = await app.SignedInPersonAsync("else");

        Assert.Equal(HttpStatusCode.Redirect, (await ServerModeFactory.PostFormAsync(laptop, AccountEndpoints.SignOutPath, [])).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/recaps")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task OpenTab_Ends_WhenItsPersonChangesPasswordSignsOutOrIsDeleted()
    {
        await using var quick = app.WithWebHostBuilder(b => b.UseSetting(AccountSessionCheck.IntervalSetting, "00:00:00.2"));
        foreach (var change in new Func<UserManager<Account>, Account, Task<IdentityResult>>[]
        {
            (users, account) => users.ChangePasswordAsync(account, ServerModeFactory.Password, NewPassword),
            (users, account) => users.UpdateSecurityStampAsync(account), // what signing out elsewhere does
            (users, account) => users.DeleteAsync(account),
        })
        {
            var person = await app.CreateAccountAsync(ServerModeFactory.UniqueName("tab"));
            await using var circuit = quick.Services.CreateAsyncScope();
            var tab = (AccountSessionCheck)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
            await using var other = quick.Services.CreateAsyncScope();
            var users = other.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = (await users.FindByIdAsync(person.ToString()))!;
            var principal = await other.ServiceProvider.GetRequiredService<SignInManager<Account>>().CreateUserPrincipalAsync(account);
            tab.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal))); // the circuit opens
            var ended = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
            tab.AuthenticationStateChanged += async state => ended.TrySetResult(await state);
            Assert.True(await tab.IsStillValidAsync(principal));

            Assert.True((await change(users, account)).Succeeded);

            var state = await ended.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Null(state.User.PersonId());
            Assert.False(await tab.IsStillValidAsync(principal));
        }
    }

    /// <summary>A new person signed in on two browsers, a laptop and a phone.</summary>
    private async Task<(string UserName, HttpClient Laptop, HttpClient Phone)> OnTwoBrowsersAsync(string name)
    {
        var userName = ServerModeFactory.UniqueName(name);
        await app.CreateAccountAsync(userName);
        return (userName, await app.SignInAsync(userName), await app.SignInAsync(userName));
    }

    private static Dictionary<string, string> Change(string current, string newPassword, string? again = null) => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = newPassword,
        ["ConfirmPassword"] = again ?? newPassword,
    };
}

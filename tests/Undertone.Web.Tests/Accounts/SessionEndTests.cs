using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Changing the password needs the current one, and it, signing out or deleting the account ends the person's other
/// sessions: other browsers at their next request, open tabs (circuits) at once on every instance, as soon as PostgreSQL
/// tells it.
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
    public async Task OpenTab_EndsAtOnce_WhenItsPersonChangesPasswordSignsOutOrIsDeleted_OnAnotherInstance()
    {
        // A check every hour: within the test, only PostgreSQL's notice of the change can end the tab. The change is made
        // through another instance (another host on the same database).
        await using var slow = CheckingHourly();
        await ListeningAsync(slow);
        foreach (var change in Changes)
        {
            var (tab, principal, state) = await ChangeWhileATabIsOpenAsync(tabOn: slow, changeOn: app, change);

            Assert.Null(state.User.PersonId());
            Assert.False(await tab.IsStillValidAsync(principal));
        }
    }

    [Fact]
    public async Task OpenTab_Ends_WhenItsServerHearsAgain_AfterLosingTheConnectionWhileTheChangeWasMade()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var slow = CheckingHourly(clock);
        var backend = await ListeningAsync(slow);
        var person = await app.CreateAccountAsync(ServerModeFactory.UniqueName("gap"));
        var (_, _, ended) = await OpenTabAsync(slow, person);

        // The database ends the listening connection (as a restart would), and the person signs out meanwhile.
        await LoseTheListenerAsync(slow, backend);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByIdAsync(person.ToString()))!)).Succeeded);
        }

        Assert.NotEqual(backend, await HearAgainAsync(slow, clock));
        Assert.Null((await ended.Task.WaitAsync(TimeSpan.FromSeconds(30))).User.PersonId());
    }

    [Fact]
    public async Task AfterHearingAgain_EveryOpenTabChecks_AFewAtATime_SoRequestsStillGetConnections()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var busy = CheckingHourly(clock);
        var backend = await ListeningAsync(busy);

        // Many open tabs, each of whose checks holds on until let go (as a check waiting for a connection would).
        const int tabs = 5 * AccountChanges.ChecksAtOnce;
        var changes = busy.Services.GetRequiredService<AccountChanges>();
        var letGo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var counting = new Lock();
        int checking = 0, mostAtOnce = 0, done = 0;
        var watches = Enumerable.Range(0, tabs).Select(_ => changes.Watch(Guid.NewGuid(), async () =>
        {
            lock (counting)
            {
                mostAtOnce = Math.Max(mostAtOnce, ++checking);
            }

            await letGo.Task;
            lock (counting)
            {
                checking--;
                if (++done == tabs)
                {
                    allChecked.TrySetResult();
                }
            }
        })).ToList();

        // The connection is lost and found again: every tab is told at the same moment, and only a few check at once.
        await LoseTheListenerAsync(busy, backend);
        await HearAgainAsync(busy, clock); // raised after every tab was told

        lock (counting)
        {
            Assert.Equal(AccountChanges.ChecksAtOnce, mostAtOnce);
        }

        letGo.SetResult();
        await allChecked.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the others took their turns as the first ones ended
        lock (counting)
        {
            Assert.Equal(AccountChanges.ChecksAtOnce, mostAtOnce);
        }

        watches.ForEach(w => w.Dispose());
    }

    [Fact]
    public async Task OpenTab_EndsAtOnce_WhenTheChangeIsMadeOnItsOwnServer_AndAnotherPersonsTabStays()
    {
        // A check every hour: within the test, only PostgreSQL's notice of the change can end the tab.
        await using var slow = CheckingHourly();
        await ListeningAsync(slow);
        var bystander = await app.CreateAccountAsync(ServerModeFactory.UniqueName("stay"));
        var (stays, _, _) = await OpenTabAsync(slow, bystander);

        // Signing out in another browser, through the real form.
        var userName = ServerModeFactory.UniqueName("now");
        var person = await app.CreateAccountAsync(userName);
        var (_, _, ended) = await OpenTabAsync(slow, person);
        var laptop = slow.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await ServerModeFactory.PostFormAsync(laptop, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ServerModeFactory.PostFormAsync(laptop, AccountEndpoints.SignOutPath, [])).StatusCode);
        Assert.Null((await ended.Task.WaitAsync(TimeSpan.FromSeconds(30))).User.PersonId());

        // A new password, and a deleted account, on the same server.
        foreach (var change in Changes)
        {
            Assert.Null((await ChangeWhileATabIsOpenAsync(tabOn: slow, changeOn: slow, change)).State.User.PersonId());
        }

        Assert.Equal(bystander, (await stays.GetAuthenticationStateAsync()).User.PersonId());
    }

    /// <summary>Changing the password, what signing out does, and deleting the account.</summary>
    private static readonly Func<UserManager<Account>, Account, Task<IdentityResult>>[] Changes =
    [
        (users, account) => users.ChangePasswordAsync(account, ServerModeFactory.Password, NewPassword),
        (users, account) => users.UpdateSecurityStampAsync(account),
        (users, account) => users.DeleteAsync(account),
    ];

    /// <summary>
    /// A new person with a tab open on <paramref name="tabOn"/>, whose account is then changed through
    /// <paramref name="changeOn"/>; returns once the tab has ended (or fails after 30 s).
    /// </summary>
    private async Task<(AccountSessionCheck Tab, ClaimsPrincipal Principal, AuthenticationState State)> ChangeWhileATabIsOpenAsync(
        WebApplicationFactory<Program> tabOn, WebApplicationFactory<Program> changeOn, Func<UserManager<Account>, Account, Task<IdentityResult>> change)
    {
        var person = await app.CreateAccountAsync(ServerModeFactory.UniqueName("tab"));
        var (tab, principal, ended) = await OpenTabAsync(tabOn, person);
        await using var scope = changeOn.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        Assert.True((await change(users, (await users.FindByIdAsync(person.ToString()))!)).Succeeded);
        return (tab, principal, await ended.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>An open tab (a circuit's session check) of <paramref name="person"/> on <paramref name="server"/>, and a task that completes when it ends.</summary>
    private static async Task<(AccountSessionCheck Tab, ClaimsPrincipal Principal, TaskCompletionSource<AuthenticationState> Ended)> OpenTabAsync(
        WebApplicationFactory<Program> server, Guid person)
    {
        var circuit = server.Services.CreateAsyncScope(); // lives as long as the server, as a circuit would
        var tab = (AccountSessionCheck)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var users = circuit.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var principal = await circuit.ServiceProvider.GetRequiredService<SignInManager<Account>>().CreateUserPrincipalAsync((await users.FindByIdAsync(person.ToString()))!);
        var ended = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        tab.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal))); // the circuit opens
        tab.AuthenticationStateChanged += async state => ended.TrySetResult(await state);
        Assert.True(await tab.IsStillValidAsync(principal));
        return (tab, principal, ended);
    }

    /// <summary>
    /// Another server on the same database whose open tabs check their session only hourly, so that within a test only
    /// PostgreSQL's notice can end them; it waits to connect again on <paramref name="clock"/> when one is given.
    /// </summary>
    private WebApplicationFactory<Program> CheckingHourly(TimeProvider? clock = null) => app.WithWebHostBuilder(b =>
    {
        b.UseSetting(AccountSessionCheck.IntervalSetting, "01:00:00");
        if (clock is not null)
        {
            b.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    });

    /// <summary>Ends <paramref name="server"/>'s listening connection (<paramref name="backend"/>), as a database restart would, and waits until it knows.</summary>
    private async Task LoseTheListenerAsync(WebApplicationFactory<Program> server, int backend)
    {
        var lost = ListeningChangeAsync(server, on => on is null);
        await using (var admin = new NpgsqlConnection(app.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
            terminate.Parameters.AddWithValue("pid", backend);
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        await lost;
    }

    /// <summary>Moves <paramref name="clock"/> past the wait before <paramref name="server"/> connects again; returns its new listening backend.</summary>
    private static async Task<int?> HearAgainAsync(WebApplicationFactory<Program> server, FakeTimeProvider clock)
    {
        var heardAgain = ListeningChangeAsync(server, on => on is not null);
        clock.Advance(AccountChanges.RetryAfter);
        return await heardAgain;
    }

    /// <summary>The PostgreSQL backend <paramref name="server"/> listens for account changes on, once it does.</summary>
    private static async Task<int> ListeningAsync(WebApplicationFactory<Program> server) =>
        (await ListeningChangeAsync(server, on => on is not null, orAlready: true))!.Value;

    /// <summary>
    /// The next change of <paramref name="server"/>'s listening connection that <paramref name="wanted"/> accepts, or,
    /// with <paramref name="orAlready"/>, its state now if accepted (fails after 30 s).
    /// </summary>
    private static async Task<int?> ListeningChangeAsync(WebApplicationFactory<Program> server, Func<int?, bool> wanted, bool orAlready = false)
    {
        var changes = server.Services.GetRequiredService<AccountChanges>();
        var changed = new TaskCompletionSource<int?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(int? backend)
        {
            if (wanted(backend))
            {
                changed.TrySetResult(backend);
            }
        }

        changes.ListeningChanged += OnChanged; // before looking at the state now, so no change falls between the two
        try
        {
            if (orAlready && changes.ListeningOn is var now && wanted(now))
            {
                return now;
            }

            return await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            changes.ListeningChanged -= OnChanged;
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

namespace Undertone.Web.Tests.Locking;

/// <summary>
/// After an unlock an open tab trades a one-time ticket for a fresh session cookie (locking ended the old one). Each
/// test attacks it the way somebody else on the computer, or another web site, would.
/// </summary>
public sealed class SessionRenewalTests : IAsyncLifetime
{
    private readonly LockTestApp _app = new();
    private WebApplicationFactory<Program> _server = null!;
    private HttpClient _script = null!;

    public async Task InitializeAsync()
    {
        _server = _app.Start();
        _script = _server.CreateClient();
        (await _script.PostAsJsonAsync("/api/lock/setup", new { passphrase = LockTestApp.Passphrase })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public async Task Ticket_GivesAFreshCookie_ThatOpensTheApi_AndWorksOnlyOnce()
    {
        var tab = Browser();
        var ticket = _server.Services.GetRequiredService<SessionRenewals>().Issue();

        var renewed = await tab.PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket });

        Assert.Equal(HttpStatusCode.NoContent, renewed.StatusCode);
        var cookie = Assert.Single(renewed.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(AccessSessions.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await tab.GetAsync(new Uri("/api/questions", UriKind.Relative))).StatusCode);

        // Somebody who saw the ticket go by cannot use it again.
        var thief = Browser();
        var replay = await thief.PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        Assert.False(replay.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(new Uri("/api/questions", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task InventedOrMissingTicket_GetsNoCookie()
    {
        var stranger = Browser();

        var invented = await stranger.PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
        var missing = await stranger.PostAsJsonAsync(SessionRenewalEndpoints.Path, new { });
        var notJson = await stranger.PostAsync(new Uri(SessionRenewalEndpoints.Path, UriKind.Relative), new StringContent("ticket=x"));

        Assert.Equal(HttpStatusCode.Unauthorized, invented.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        foreach (var answer in new[] { invented, missing, notJson })
        {
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.False(answer.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task TicketFromBeforeALock_IsDead_EvenAfterTheNextUnlock()
    {
        var ticket = _server.Services.GetRequiredService<SessionRenewals>().Issue();
        (await _script.PostAsync(new Uri("/api/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var whileLocked = await Browser().PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket });
        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.StatusCode);

        (await _script.PostAsJsonAsync("/api/unlock", new { passphrase = LockTestApp.Passphrase })).EnsureSuccessStatusCode();
        var afterUnlock = await Browser().PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket });
        Assert.Equal(HttpStatusCode.Unauthorized, afterUnlock.StatusCode);
    }

    [Fact]
    public async Task AnotherSite_CannotTradeATicket()
    {
        var ticket = _server.Services.GetRequiredService<SessionRenewals>().Issue();
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionRenewalEndpoints.Path) { Content = JsonContent.Create(new { ticket }) };
        request.Headers.Add("Origin", "https://evil.example");

        var answer = await Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public void OldTicket_IsDead()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var renewals = new SessionRenewals(_server.Services.GetRequiredService<AccessSessions>(), clock);
        var ticket = renewals.Issue();

        clock.Advance(SessionRenewals.Lifetime);

        Assert.Null(renewals.Redeem(ticket));
        Assert.NotNull(renewals.Redeem(renewals.Issue()));
    }

    /// <summary>A browser without the token and without a cookie (its old one was ended by the lock).</summary>
    private HttpClient Browser()
    {
        var client = _server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }
}

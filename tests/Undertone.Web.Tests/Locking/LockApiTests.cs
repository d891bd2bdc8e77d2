namespace Undertone.Web.Tests.Locking;

/// <summary>The passphrase lock against the real app and real files: set up, restart, locked, 401, unlock, idle lock.</summary>
public sealed class LockApiTests : IAsyncLifetime
{
    // Cheap Argon2id for tests; the app's own settings are Argon2Settings.Default.
    private static readonly Argon2Settings FastKdf = new(MemoryKiB: 1024, Iterations: 1, Parallelism: 1);

    private const string Passphrase = "a quiet lake at dawn";

    private readonly string _folder = TestDatabase.CreateFolder();
    private readonly string _canary = "qzv" + Guid.NewGuid().ToString("N")[..12].Replace('0', 'k').Replace('1', 'w');
    private readonly List<IAsyncDisposable> _apps = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SetUp_Restart_StartsLocked_Refuses401_UnlocksWithPassphraseAndRecoveryKey_DataBack_CanaryInNoFile()
    {
        var (first, client) = Start();
        Assert.True((await client.GetFromJsonAsync<LockState>("/api/lock"))!.Available);
        await first.Services.GetRequiredService<QuestionStore>().AddQuestionAsync($"Why does {_canary} keep coming back?");
        Assert.NotEmpty(FilesHoldingCanary()); // the scan finds it while the journal is plain

        var setUp = await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Passphrase });
        setUp.EnsureSuccessStatusCode();
        var recoveryKey = (await setUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryKey").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(recoveryKey));
        Assert.Empty(FilesHoldingCanary());
        Assert.True(File.Exists(Path.Combine(_folder, JournalLock.KeyFileName)));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "keys"), "*.xml")); // Data Protection keys left the disk

        await StopAsync(first);
        var (second, again) = Start();
        Assert.Equal(new LockState(true, true, true), await again.GetFromJsonAsync<LockState>("/api/lock"));
        Assert.Empty(FilesHoldingCanary());

        // Every data API refuses, in problem details, without a word from the journal.
        var refused = await again.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(_canary, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var health = await again.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("locked", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = await again.PostAsJsonAsync("/api/unlock", new { passphrase = "not the passphrase" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("not the passphrase", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await again.GetFromJsonAsync<LockState>("/api/lock"))!.Locked);

        (await again.PostAsJsonAsync("/api/unlock", new { passphrase = Passphrase })).EnsureSuccessStatusCode();
        Assert.False((await again.GetFromJsonAsync<LockState>("/api/lock"))!.Locked);
        var questions = await second.Services.GetRequiredService<QuestionStore>().ListQuestionsAsync();
        Assert.Contains(questions, q => q.Text.Contains(_canary, StringComparison.Ordinal));
        (await again.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative))).EnsureSuccessStatusCode();

        // Lock now, then the recovery key opens it too.
        (await again.PostAsync(new Uri("/api/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative))).StatusCode);
        (await again.PostAsJsonAsync("/api/unlock", new { recoveryKey })).EnsureSuccessStatusCode();
        Assert.NotEmpty(await second.Services.GetRequiredService<QuestionStore>().ListQuestionsAsync());
        Assert.Empty(FilesHoldingCanary());
    }

    [Fact]
    public async Task ChangePassphrase_ThenRemoveTheLock_JournalIsPlainAgain()
    {
        var (app, client) = Start();
        await app.Services.GetRequiredService<QuestionStore>().AddQuestionAsync($"About {_canary}");
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Passphrase })).EnsureSuccessStatusCode();

        var wrongCurrent = await client.PostAsJsonAsync("/api/lock/passphrase", new { current = "nope nope nope", next = "a new long passphrase" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCurrent.StatusCode);
        (await client.PostAsJsonAsync("/api/lock/passphrase", new { current = Passphrase, next = "a new long passphrase" })).EnsureSuccessStatusCode();

        (await client.PostAsync(new Uri("/api/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/unlock", new { passphrase = Passphrase })).StatusCode);
        (await client.PostAsJsonAsync("/api/unlock", new { passphrase = "a new long passphrase" })).EnsureSuccessStatusCode();

        using var remove = new HttpRequestMessage(HttpMethod.Delete, "/api/lock")
        {
            Content = new StringContent("{\"passphrase\":\"a new long passphrase\"}", Encoding.UTF8, "application/json"),
        };
        (await client.SendAsync(remove)).EnsureSuccessStatusCode();
        Assert.Equal(new LockState(true, false, false), await client.GetFromJsonAsync<LockState>("/api/lock"));
        Assert.NotEmpty(FilesHoldingCanary()); // plain again, as asked
    }

    [Fact]
    public async Task LockingEndsTheSessionCookies_TheTokenStillWorks()
    {
        var (app, client) = Start();
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Passphrase })).EnsureSuccessStatusCode();

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        var factory = (UndertoneWebFactory)_apps[0];
        (await browser.GetAsync(new Uri($"/signin?token={factory.Token}", UriKind.Relative))).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/api/lock", UriKind.Relative))).StatusCode);

        (await client.PostAsync(new Uri("/api/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(new Uri("/api/lock", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/lock", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task IdleLock_LocksAfterTheChosenTime_OnAFakeClock_AndUseKeepsItOpen()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var (_, client) = Start(clock);
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Passphrase })).EnsureSuccessStatusCode();

        clock.Advance(TimeSpan.FromMinutes(10));
        (await client.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative))).EnsureSuccessStatusCode(); // someone used it
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.False((await client.GetFromJsonAsync<LockState>("/api/lock"))!.Locked); // 10 minutes since the last use

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True((await client.GetFromJsonAsync<LockState>("/api/lock"))!.Locked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/export/recaps.pdf", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task IdleLock_RequestsOpenToEveryone_DoNotKeepItOpen()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var (app, client) = Start(clock);
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Passphrase })).EnsureSuccessStatusCode();
        using var anybody = app.CreateClient();
        anybody.DefaultRequestHeaders.Authorization = null; // another account on this computer, or an image on any web site

        clock.Advance(TimeSpan.FromMinutes(10));
        foreach (var path in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/app.css", "/favicon.svg", "/signin", "/openapi/v1.json", "/healthz" })
        {
            using var response = await anybody.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }

        using (var renewal = await anybody.PostAsJsonAsync(SessionRenewalEndpoints.Path, new { ticket = "made-up" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, renewal.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True((await client.GetFromJsonAsync<LockState>("/api/lock"))!.Locked); // 16 minutes since anyone signed in used it
    }

    private (WebApplicationFactory<Program> App, HttpClient Client) Start(TimeProvider? clock = null)
    {
        var factory = UndertoneWebFactory.On(_folder);
        _apps.Add(factory);
        var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(FastKdf);
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        }));
        _apps.Add(app);
        return (app, app.CreateClient());
    }

    private static async Task StopAsync(WebApplicationFactory<Program> app)
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private List<string> FilesHoldingCanary()
    {
        var needle = Encoding.UTF8.GetBytes(_canary);
        return [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Where(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0)];
    }
}

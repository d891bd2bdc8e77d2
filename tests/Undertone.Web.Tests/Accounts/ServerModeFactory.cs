using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Undertone.Data.Tests.Postgres;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// The real app in memory in server mode, on a fresh PostgreSQL database (<see cref="PostgresFixture"/>: without
/// <c>UNDERTONE_TEST_POSTGRES</c> every test using it fails saying how to set it) and a temp data folder. Its set-up
/// token is known, and its clients keep cookies like a browser but start signed out.
/// </summary>
public sealed partial class ServerModeFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "a long calm password";

    private readonly PostgresFixture _database = new();

    public string DataDirectory { get; } = TestDatabase.CreateFolder();

    public string SetUpToken { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The test database (an ordinary role: row-level security binds it).</summary>
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync() => await _database.InitializeAsync();

    /// <summary>A new account (not the owner unless asked), made the way the set-up page makes one.</summary>
    public async Task<Guid> CreateAccountAsync(string userName, bool isOwner = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = userName, IsOwner = isOwner };
        var made = await users.CreateAsync(account, Password);
        Assert.True(made.Succeeded, string.Join("; ", made.Errors.Select(e => e.Description)));
        return account.Id;
    }

    /// <summary>A client signed in as a new account with a unique name: one person in a browser.</summary>
    public async Task<(HttpClient Client, Guid Person)> SignedInPersonAsync(string name, bool isOwner = false)
    {
        var userName = UniqueName(name);
        var person = await CreateAccountAsync(userName, isOwner);
        return (await SignInAsync(userName), person);
    }

    /// <summary>A user name nobody else in the test database has.</summary>
    public static string UniqueName(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    /// <summary>A new browser (its own cookies) signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answer = await PostFormAsync(client, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/", answer.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Posts a form the way the page does: first loads the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetStringAsync(pageUrl ?? path);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "The page has no antiforgery field.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(Undertone.Web.Hosting.DataDirectory.SettingKey, DataDirectory);
        builder.UseSetting(AppModeSetting.SettingKey, "Server");
        builder.UseSetting("ConnectionStrings:" + AppModeSetting.ConnectionStringName, _database.ConnectionString);
        builder.ConfigureTestServices(services => services.AddSingleton(Undertone.Web.Accounts.SetUpToken.FromValue(SetUpToken)));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<value>[^"]*)"(?=[ />])""")]
    private static partial Regex AntiforgeryField();
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;

namespace Undertone.Web.Tests;

/// <summary>
/// The real app in memory, in Production, on its own temp data folder (deleted on dispose unless kept). Its clients
/// are signed in (they send the launch token as a bearer token) unless made with <see cref="CreateAnonymousClient"/>.
/// </summary>
public sealed class UndertoneWebFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;

    /// <summary>A fresh temp data folder, deleted on dispose (also usable as an xunit class fixture).</summary>
    public UndertoneWebFactory()
    {
        DataDirectory = TestDatabase.CreateFolder();
        _ownsFolder = true;
    }

    private UndertoneWebFactory(string dataDirectory) => DataDirectory = dataDirectory;

    /// <summary>An existing data folder, left in place on dispose (to test restarts).</summary>
    public static UndertoneWebFactory On(string dataDirectory) => new(dataDirectory);

    public string DataDirectory { get; }

    /// <summary>
    /// This factory's launch token, chosen here so that factories derived with <c>WithWebHostBuilder</c> (which
    /// configure their clients through this one) sign in to their own app too.
    /// </summary>
    public string Token { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A client with no token and no cookie: somebody else on this computer.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(Undertone.Web.Hosting.DataDirectory.SettingKey, DataDirectory);
        builder.ConfigureTestServices(services => services.AddSingleton(AccessToken.FromValue(Token)));
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

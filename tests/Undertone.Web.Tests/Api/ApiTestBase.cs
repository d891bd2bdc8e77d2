namespace Undertone.Web.Tests.Api;

/// <summary>
/// Each test gets its own running app (its own data folder) and a client that carries the app's token; the app has
/// answered <c>/healthz</c> before the test starts.
/// </summary>
public abstract class ApiTestBase : IAsyncLifetime
{
    protected UndertoneWebFactory Factory { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        (await Client.GetAsync(new Uri("/healthz", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

using Undertone.TestSupport.Postgres;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Instances started together on a new, empty database (a first deploy with two of them) take turns at the migrations:
/// without that, both made the same tables and search settings at once, and one stopped with a duplicate-key error.
/// </summary>
public sealed class FirstStartTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task TwoInstances_StartedTogetherOnANewDatabase_BothStart_AndBothServe()
    {
        await using var fresh = await PostgresDatabase.CreateAsync("undertone_first_", "the first-start test");
        await using var one = OnDatabase(fresh.ConnectionString);
        await using var two = OnDatabase(fresh.ConnectionString);

        await Task.WhenAll(Task.Run(() => one.Services), Task.Run(() => two.Services));

        foreach (var instance in new[] { one, two })
        {
            using var client = instance.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(AccountEndpoints.SignInPath, UriKind.Relative))).StatusCode);
        }
    }

    private WebApplicationFactory<Program> OnDatabase(string connectionString) =>
        app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:" + AppModeSetting.ConnectionStringName, connectionString));
}

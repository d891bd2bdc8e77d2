using Undertone.TestSupport.Postgres;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Instances started together on a new, empty database (a first deploy with two of them) take turns at the migrations:
/// without that, both made the same tables and search settings at once, and one stopped with a duplicate-key error.
/// </summary>
public sealed class FirstStartTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task TwoInstances_StartedTogetherOnANewDatabase_BothStart_BothServe_AndLogNoError()
    {
        var folders = new[] { TestDatabase.CreateFolder(), TestDatabase.CreateFolder() };
        try
        {
            await using var fresh = await PostgresDatabase.CreateAsync("undertone_first_", "the first-start test");
            await using (var one = OnDatabase(fresh.ConnectionString, folders[0]))
            await using (var two = OnDatabase(fresh.ConnectionString, folders[1]))
            {
                await Task.WhenAll(Task.Run(() => one.Services), Task.Run(() => two.Services));

                foreach (var instance in new[] { one, two })
                {
                    using var client = instance.CreateClient();
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(AccountEndpoints.SignInPath, UriKind.Relative))).StatusCode);
                }
            }

            // And the logs say nothing went wrong: no error lines for the history tables that were not there yet.
            foreach (var folder in folders)
            {
                var log = await LogText.WaitForAsync(folder, "Undertone keeps its data in");
                Assert.DoesNotContain("[ERR]", log, StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var folder in folders)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private WebApplicationFactory<Program> OnDatabase(string connectionString, string dataFolder) =>
        app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:" + AppModeSetting.ConnectionStringName, connectionString)
            .UseSetting(Undertone.Web.Hosting.DataDirectory.SettingKey, dataFolder));
}

using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Undertone.Data.Postgres.Keys;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Two instances of a server on one database trust each other's sign-in cookies: the Data Protection keys live in
/// PostgreSQL, not in either instance's data folder (docs/decisions/014, "More than one instance").
/// </summary>
public sealed class KeysInTheDatabaseTests(ServerModeFactory first) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task ACookieFromOneInstance_OpensTheJournalOnAnother_AndTheKeysAreInTheDatabaseOnly()
    {
        var userName = ServerModeFactory.UniqueName("kit");
        await first.CreateAccountAsync(userName);
        var browser = new CookieContainer(); // one browser, whose requests a proxy sends to either instance
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(browser));
        var signedIn = await ServerModeFactory.PostFormAsync(onFirst, AccountEndpoints.SignInPath, new() { ["UserName"] = userName, ["Password"] = ServerModeFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var saved = await onFirst.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-20", whatCameUp = "Shared keys 3be1" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);

        // A second instance: its own host, its own data folder, the same database.
        var otherFolder = TestDatabase.CreateFolder();
        try
        {
            await using var second = first.WithWebHostBuilder(host => host.UseSetting(DataDirectory.SettingKey, otherFolder));
            using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(browser));

            var recaps = await onSecond.GetAsync("/api/recaps");

            Assert.Equal(HttpStatusCode.OK, recaps.StatusCode);
            Assert.Contains("3be1", await recaps.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var scope = second.Services.CreateAsyncScope();
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<ServerKeysDbContext>().DataProtectionKeys.ToListAsync());
            foreach (var folder in new[] { first.DataDirectory, otherFolder })
            {
                var keys = new UndertonePaths(folder).KeysDirectory;
                Assert.True(!Directory.Exists(keys) || Directory.GetFiles(keys).Length == 0, $"Key files in {keys}");
            }
        }
        finally
        {
            Directory.Delete(otherFolder, recursive: true);
        }
    }
}

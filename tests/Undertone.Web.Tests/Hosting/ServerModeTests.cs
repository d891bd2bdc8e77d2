using Microsoft.Extensions.Configuration;

namespace Undertone.Web.Tests.Hosting;

/// <summary>
/// <c>Undertone:Mode</c>: local mode is the default; server mode needs a PostgreSQL connection string it can reach,
/// and refuses to start without one (Accounts/ tests what it does once it runs).
/// </summary>
public sealed class ServerModeTests
{
    [Fact]
    public async Task Start_InServerMode_WithoutAConnectionString_ExitsNamingTheMissingSetting_AndMakesNoDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "undertone-tests", Guid.NewGuid().ToString("N"));

        var (exitCode, output) = await RunAppAsync(folder, new() { ["Undertone__Mode"] = "Server" });

        Assert.Equal(1, exitCode);
        Assert.Contains("Server mode needs a PostgreSQL database, and ConnectionStrings:Undertone is not set", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Start_InServerMode_WithADatabaseThatCannotBeReached_ExitsSayingSo_WithoutListening()
    {
        var folder = Path.Combine(Path.GetTempPath(), "undertone-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = await RunAppAsync(folder, new()
            {
                ["Undertone__Mode"] = "server",
                // Port 1 on this computer: nothing listens there, so the connection is refused at once.
                ["ConnectionStrings__Undertone"] = "Host=127.0.0.1;Port=1;Database=undertone;Username=undertone;Password=not-in-the-output",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("Undertone could not reach its PostgreSQL database (ConnectionStrings:Undertone)", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
            Assert.DoesNotContain("not-in-the-output", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(null, AppMode.Local)]
    [InlineData("", AppMode.Local)]
    [InlineData("Local", AppMode.Local)]
    [InlineData(" local ", AppMode.Local)]
    public void Resolve_LocalOrUnset_IsLocalMode(string? value, AppMode expected)
    {
        Assert.Equal(expected, AppModeSetting.Resolve(Configuration(value)));
    }

    [Theory]
    [InlineData("Cloud")]
    [InlineData("7")]
    public void Resolve_AnUnknownMode_IsRefusedNamingTheChoices(string value)
    {
        var refused = Assert.Throws<ServerModeRefusedException>(() => AppModeSetting.Resolve(Configuration(value)));

        Assert.Contains("Use Local (the default, for one person on this computer) or Server", refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string? mode) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AppModeSetting.SettingKey] = mode }).Build();

    /// <summary>Starts the built app as a user would (its own process) and waits for it to exit.</summary>
    private static Task<(int ExitCode, string Output)> RunAppAsync(string dataDirectory, Dictionary<string, string> environment) =>
        AppRun.UntilExitAsync(new(environment) { [DataDirectory.EnvironmentVariable] = dataDirectory });
}

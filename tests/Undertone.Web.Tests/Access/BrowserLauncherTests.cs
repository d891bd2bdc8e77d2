using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Undertone.Web.Tests.Access;

/// <summary>Opening the sign-in link in the default browser at start, without handing the token to anyone else.</summary>
public sealed class BrowserLauncherTests : IDisposable
{
    private const string Link = "http://localhost:5138/signin?token=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4";

    private readonly string _folder = TestDatabase.CreateFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(null, null, ":0", true)]          // the default, on a desktop
    [InlineData(true, null, ":0", true)]
    [InlineData(false, null, ":0", false)]        // Undertone:OpenBrowser = false
    [InlineData(null, "true", ":0", false)]       // CI: never
    [InlineData(true, "1", ":0", false)]          // CI wins over the setting
    [InlineData(null, null, null, false)]         // Linux with no desktop: xdg-open could start a text browser
    public void ShouldOpen_FollowsTheSetting_NeverUnderCi_AndOnlyWithADesktop(bool? setting, string? ci, string? display, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["DISPLAY"] = display };

        Assert.Equal(expected, BrowserLauncher.ShouldOpen(setting, name => environment.GetValueOrDefault(name), needsDesktop: true));
    }

    [Fact]
    public void ShouldOpen_WithAWaylandDesktop_OrWhereNoDesktopIsNeeded()
    {
        Assert.True(BrowserLauncher.ShouldOpen(null, name => name == "WAYLAND_DISPLAY" ? "wayland-0" : null, needsDesktop: true));
        Assert.True(BrowserLauncher.ShouldOpen(null, _ => null, needsDesktop: false)); // Windows, macOS
    }

    [Fact]
    public void Open_WhenTurnedOff_WritesNothingAndStartsNothing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [BrowserLauncher.SettingKey] = "false" }).Build();
        var launcher = new BrowserLauncher(configuration, new UndertonePaths(_folder), NullLogger<BrowserLauncher>.Instance);

        launcher.Open(Link);

        Assert.False(File.Exists(Path.Combine(_folder, BrowserLauncher.PageFileName)));
    }

    [Fact]
    public void Page_ForwardsToTheLink_AndOffersItAsAPlainLink()
    {
        var page = BrowserLauncher.PageFor(Link);

        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={Link}\" />", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Link}\">open Undertone here</a>", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\" />", page, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task AnotherAccount_CanReadNeitherTheCommandLineToken_NorThePage()
    {
        var page = BrowserLauncher.WritePage(_folder, Link);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(page));

        // Run the real command with a stand-in xdg-open / open that records what it was given: what it sees is what
        // `ps` shows every account on the computer.
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var record = Path.Combine(_folder, "argv.txt");
        foreach (var opener in new[] { "xdg-open", "open" })
        {
            var script = Path.Combine(bin, opener);
            await File.WriteAllTextAsync(script, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{record}'\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var start = BrowserLauncher.StartInfoFor(page);
        start.Environment["PATH"] = bin + ":/usr/bin:/bin";
        using (var process = Process.Start(start)!)
        {
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }

        Assert.Equal(page + "\n", await File.ReadAllTextAsync(record));
        var token = Link[(Link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(token, string.Join(' ', start.ArgumentList.Prepend(start.FileName)), StringComparison.Ordinal);
    }
}

using Undertone.Web.Tests.Locking;

namespace Undertone.Web.Tests.Hosting;

/// <summary>
/// The home page opened directly is drawn without a circuit (no interactive component in its HTML), every other page
/// with one, and a journal with a passphrase keeps the home page interactive (locking needs the circuit).
/// </summary>
public sealed class HomeRenderModeTests(UndertoneWebFactory factory) : IClassFixture<UndertoneWebFactory>
{
    private const string CircuitMarker = "\"type\":\"server\"";

    [Fact]
    public async Task Home_HasNoCircuit_OtherPagesDo()
    {
        using var client = factory.CreateClient();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/script", UriKind.Relative));

        Assert.DoesNotContain(CircuitMarker, home, StringComparison.Ordinal);
        Assert.Contains("data-static-layout=\"true\"", home, StringComparison.Ordinal);
        Assert.Contains(CircuitMarker, script, StringComparison.Ordinal);
        Assert.DoesNotContain("data-static-layout", script, StringComparison.Ordinal);
        Assert.DoesNotContain("voice-notes", LinkedScripts(home), StringComparison.Ordinal);
        Assert.DoesNotContain("voice-notes", LinkedScripts(script), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithAPassphrase_IsInteractive()
    {
        await using var app = new LockTestApp();
        using var client = app.Start().CreateClient();
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = LockTestApp.Passphrase })).EnsureSuccessStatusCode();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains(CircuitMarker, home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-static-layout", home, StringComparison.Ordinal);
    }

    /// <summary>The script tags of a page (the import map names every script the app has, loaded or not).</summary>
    private static string LinkedScripts(string html) =>
        string.Join('\n', System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"[^\"]*\"").Select(m => m.Value));
}

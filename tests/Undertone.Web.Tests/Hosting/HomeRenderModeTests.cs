namespace Undertone.Web.Tests.Hosting;

/// <summary>
/// The home page opened directly is drawn without a circuit (no interactive component in its HTML), every other page
/// with one, and a journal with a passphrase keeps the home page interactive (locking needs the circuit).
/// </summary>
public sealed class HomeRenderModeTests(UndertoneWebFactory factory) : IClassFixture<UndertoneWebFactory>
{
    /// <summary>Whether the page's HTML holds an interactive server component (the marker a circuit starts from).</summary>
    private static bool HasCircuit(string html) => html.Contains("\"type\":\"server\"", StringComparison.Ordinal);

    /// <summary>The script tags of a page (the import map names every script the app has, loaded or not).</summary>
    private static string LinkedScripts(string html) =>
        string.Join('\n', System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"[^\"]*\"").Select(m => m.Value));

    [Fact]
    public async Task Home_HasNoCircuit_OtherPagesDo()
    {
        using var client = factory.CreateClient();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/script", UriKind.Relative));

        Assert.False(HasCircuit(home));
        Assert.Contains("data-static-layout=\"true\"", home, StringComparison.Ordinal);
        Assert.True(HasCircuit(script));
        Assert.DoesNotContain("data-static-layout", script, StringComparison.Ordinal);
        Assert.DoesNotContain("voice-notes", LinkedScripts(home), StringComparison.Ordinal);
        Assert.DoesNotContain("voice-notes", LinkedScripts(script), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithAPassphrase_IsInteractive()
    {
        await using var app = new Locking.LockTestApp();
        using var client = app.Start().CreateClient();
        (await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = Locking.LockTestApp.Passphrase })).EnsureSuccessStatusCode();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.True(HasCircuit(home));
        Assert.DoesNotContain("data-static-layout", home, StringComparison.Ordinal);
    }
}

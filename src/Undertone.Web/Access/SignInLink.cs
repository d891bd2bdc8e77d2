using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Undertone.Web.Access;

/// <summary>
/// Once the server knows its real address, prints the sign-in link on the console (standard output only: never
/// through the logger, so the token never reaches the log files) and opens it in the default browser
/// (<see cref="BrowserLauncher"/>; <c>Undertone:OpenBrowser</c> = false turns that off).
/// </summary>
internal sealed class SignInLink(IServer server, IHostApplicationLifetime lifetime, AccessToken token, BrowserLauncher browser) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return; // an in-memory test server has no address to print
        }

        var link = For(address, token.Value);
        var opening = browser.Open(link);
        Console.Out.WriteLine();
        Console.Out.WriteLine(opening
            ? "Undertone is ready and opening in your browser. If it does not open, open this link in your browser:"
            : "Undertone is ready. To open it, open this link in your browser:");
        Console.Out.WriteLine($"    {link}");
        Console.Out.WriteLine("(The link changes each time Undertone starts. Keep it to yourself: it opens your journal.)");
        Console.Out.WriteLine();
        Console.Out.Flush();
    }

    /// <summary>The sign-in link for a listening address; a wildcard address becomes <c>localhost</c>.</summary>
    internal static string For(string address, string token)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        uri.Path = "/signin";
        uri.Query = "token=" + token;
        return uri.Uri.AbsoluteUri;
    }
}

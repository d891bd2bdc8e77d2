using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Undertone.Web.Accounts;

/// <summary>
/// At a start with no account yet, prints the one-time set-up link on the console, like local mode's sign-in link
/// (<see cref="SignInLink"/>): standard output only, never through the logger, so the token never reaches a log file.
/// </summary>
internal sealed class SetUpLink(IServer server, IHostApplicationLifetime lifetime, SetUpToken token, OwnerSetUp setUp, ILogger<SetUpLink> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        try
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null || !await setUp.IsOpenAsync(lifetime.ApplicationStopping))
            {
                return; // an in-memory test server has no address; with an account, there is nothing to set up
            }

            var link = new UriBuilder(SignInLink.For(address, token.Value)) { Path = AccountEndpoints.SetUpPath }.Uri.AbsoluteUri;
            Console.Out.WriteLine();
            Console.Out.WriteLine("Undertone is ready, with no accounts yet. To set it up and make the first (owner) account, open this link:");
            Console.Out.WriteLine($"    {link}");
            Console.Out.WriteLine("(The link works once, only until the first account is made, and changes each time Undertone starts. Keep it to yourself.)");
            Console.Out.WriteLine();
            Console.Out.Flush();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not check whether Undertone needs setting up");
        }
    }
}

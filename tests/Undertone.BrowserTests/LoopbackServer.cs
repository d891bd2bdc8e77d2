using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Undertone.BrowserTests;

/// <summary>The in-process app served by real Kestrel, as a browser needs it, on a port the OS picks.</summary>
public static class LoopbackServer
{
    /// <summary>Starts <paramref name="factory"/> on Kestrel on a free loopback port and returns its base address.</summary>
    public static string Start(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.Single().TrimEnd('/');
    }
}

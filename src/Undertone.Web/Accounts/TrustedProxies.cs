using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Undertone.Web.Accounts;

/// <summary>
/// Which reverse proxies server mode believes when they say what the browser used (<c>X-Forwarded-Proto</c>) and who
/// it is (<c>X-Forwarded-For</c>). Always this machine (loopback); more with the setting <c>Undertone:TrustedProxies</c>:
/// addresses or networks, separated by commas or spaces (<c>192.168.1.5, 10.0.0.0/24</c>), for a proxy on another
/// machine. A request from anywhere else keeps its own address and scheme, so a forged header changes nothing
/// (<see cref="HttpsOnly"/> still refuses it).
/// </summary>
public static class TrustedProxies
{
    public const string SettingKey = "Undertone:TrustedProxies";

    /// <summary>The forwarded-headers options for <paramref name="configuration"/>; a value that is not an address stops start-up.</summary>
    public static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var entry in Entries(configuration.GetSection(SettingKey)))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                throw new ServerModeRefusedException(
                    $"{SettingKey} lists \"{entry}\", which is not an IP address or network. List your reverse proxy's address, like 192.168.1.5 or 192.168.1.0/24.");
            }
        }

        return options;
    }

    // One string ("a, b") or a list (Undertone__TrustedProxies__0=a).
    private static IEnumerable<string> Entries(IConfigurationSection section) =>
        (section.Value is { } one ? [one] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

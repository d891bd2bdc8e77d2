using System.Net;

namespace Undertone.Web.Access;

/// <summary>
/// Which account on this computer owns the other end of a loopback connection, read from the kernel's socket tables
/// (<c>/proc/net/tcp</c> and <c>/proc/net/tcp6</c>, the same lines <c>ss</c> and <c>identd</c> read). Linux only: on
/// other systems, and for a connection the tables do not list, the answer is "unknown" (null).
/// </summary>
public static class LoopbackAccounts
{
    private static readonly string[] Tables = ["/proc/net/tcp", "/proc/net/tcp6"];

    /// <summary>This process's account (its effective user id), or null where that cannot be read.</summary>
    public static int? Own { get; } = ReadOwn();

    /// <summary>
    /// The account of the program that opened the connection from <paramref name="client"/> to <paramref name="server"/>
    /// (both as this server sees them), or null when the tables do not say.
    /// </summary>
    public static int? Of(IPEndPoint client, IPEndPoint server)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(server);
        if (!IPAddress.IsLoopback(client.Address))
        {
            return null;
        }

        // The client's own socket: its local end is the client, its remote end is us.
        var (clientAddress, serverAddress) = (Plain(client.Address), Plain(server.Address));
        foreach (var table in Tables)
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 7
                    && Parse(fields[1]) is ({ } localAddress, var localPort) && localPort == client.Port && localAddress.Equals(clientAddress)
                    && Parse(fields[2]) is ({ } remoteAddress, var remotePort) && remotePort == server.Port && remoteAddress.Equals(serverAddress)
                    && int.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var account))
                {
                    return account;
                }
            }
        }

        return null;
    }

    /// <summary>An IPv4 address written as IPv6 (<c>::ffff:127.0.0.1</c>) as plain IPv4, so both tables compare alike.</summary>
    private static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>
    /// One end as the tables write it: the address in hex, each 32-bit word in the machine's byte order, then the port
    /// in hex (<c>0100007F:1F90</c> is 127.0.0.1:8080 on a little-endian machine).
    /// </summary>
    private static (IPAddress Address, int Port)? Parse(string end)
    {
        var colon = end.IndexOf(':', StringComparison.Ordinal);
        if (colon is not (8 or 32)
            || !int.TryParse(end.AsSpan(colon + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        var bytes = new byte[colon / 2];
        for (var word = 0; word < colon / 8; word++)
        {
            if (!uint.TryParse(end.AsSpan(word * 8, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(word * 4, 4), value);
        }

        return (Plain(new IPAddress(bytes)), port);
    }

    private static int? ReadOwn()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        // "Uid:	real	effective	saved	filesystem"
        var uid = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return uid is { Length: > 2 } && int.TryParse(uid[2], NumberStyles.None, CultureInfo.InvariantCulture, out var effective) ? effective : null;
    }
}

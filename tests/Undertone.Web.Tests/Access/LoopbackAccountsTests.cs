using System.Net.Sockets;

namespace Undertone.Web.Tests.Access;

/// <summary>Reading who owns the other end of a loopback connection (the owner-only check of OwnAccountGate).</summary>
public sealed class LoopbackAccountsTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Of_AConnectionThisProcessOpened_IsThisAccount(string address)
    {
        using var listener = new TcpListener(IPAddress.Parse(address), 0);
        listener.Start();
        using var client = new TcpClient(listener.LocalEndpoint.AddressFamily);
        await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint);
        using var accepted = await listener.AcceptTcpClientAsync();

        var account = LoopbackAccounts.Of((IPEndPoint)accepted.Client.RemoteEndPoint!, (IPEndPoint)accepted.Client.LocalEndPoint!);

        Assert.NotNull(LoopbackAccounts.Own);
        Assert.Equal(LoopbackAccounts.Own, account);
    }

    [Fact]
    public void Of_AConnectionNobodyOpened_IsUnknown()
    {
        var server = new IPEndPoint(IPAddress.Loopback, 5138);

        Assert.Null(LoopbackAccounts.Of(new IPEndPoint(IPAddress.Loopback, 1), server));
        Assert.Null(LoopbackAccounts.Of(new IPEndPoint(IPAddress.Parse("192.0.2.7"), 50000), server));
    }
}

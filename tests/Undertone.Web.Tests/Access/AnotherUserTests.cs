using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Runtime.Versioning;

namespace Undertone.Web.Tests.Access;

/// <summary>
/// Attacks on the app as it really runs (its own process on a real port): another account on this computer, a web
/// page on another site, and requests a browser would never send.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AnotherUserTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    [Fact]
    public async Task Console_PrintsTheSignInLink_WithTheTokenFromTheFile()
    {
        var fromFile = (await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, AccessToken.FileName))).Trim();

        Assert.Equal(fromFile, app.Token);
        Assert.Equal($"{app.BaseAddress.GetLeftPart(UriPartial.Authority)}/signin?token={fromFile}", app.SignInLink);
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
        Assert.NotEqual(0, app.BaseAddress.Port);
    }

    [Fact]
    public async Task Token_NeverReachesTheLogFiles()
    {
        using (var anonymous = app.AnonymousClient())
        {
            (await anonymous.GetAsync(new Uri("/signin?token=" + app.Token, UriKind.Relative))).Dispose();
            (await anonymous.GetAsync(new Uri("/signin?token=" + app.Token + "x", UriKind.Relative))).Dispose();
            (await anonymous.GetAsync(new Uri("/api/export/recaps.pdf?token=" + app.Token, UriKind.Relative))).Dispose();
        }

        using (var client = app.TokenClient())
        {
            (await client.GetAsync(new Uri("/api/export/bring-to-session.pdf", UriKind.Relative))).Dispose();
            (await client.GetAsync(new Uri("/api/export/recaps.pdf?paper=" + app.Token, UriKind.Relative))).Dispose();
        }

        var text = await LogText.WaitForAsync(app.DataDirectory, "/api/export/bring-to-session.pdf");
        Assert.Contains("Undertone keeps its data in", text, StringComparison.Ordinal); // the log is being written
        Assert.DoesNotContain(app.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Token[..16], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_TightenedTheFolderOthersCouldRead_AndTheLogSaysSo()
    {
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(app.LooseFile));
        var logs = Directory.GetFiles(Path.Combine(app.DataDirectory, "logs"));
        Assert.Contains(
            "could be read by other accounts on this computer; they are now private to this account",
            string.Concat(logs.Select(ReadShared)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFolder_IsOwnerOnly_AndEveryFileInIt()
    {
        using (var client = app.TokenClient())
        {
            // A page (which makes the framework's key) and an export (which reads the database).
            (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
            (await client.GetAsync(new Uri("/api/export/bring-to-session.pdf", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        var folder = app.DataDirectory;
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.Contains(Path.Combine(folder, UndertoneDatabase.FileName), files);
        Assert.Contains(Path.Combine(folder, AccessToken.FileName), files);
        Assert.Contains(files, f => f.StartsWith(Path.Combine(folder, "logs"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith(Path.Combine(folder, "keys", "key-"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("-shm", StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerOnlyFile, $"{f}: {File.GetUnixFileMode(f)}"));
        Assert.All(Directory.GetDirectories(folder, "*", SearchOption.AllDirectories),
            d => Assert.True(File.GetUnixFileMode(d) == OwnerOnlyFolder, $"{d}: {File.GetUnixFileMode(d)}"));
    }

    /// <summary>
    /// Runs as the account <c>nobody</c>. Needs root (as in CI here) or password-less sudo; a control read of a
    /// world-readable file first proves that the other account really can read what it is allowed to.
    /// </summary>
    [Fact]
    public async Task AnotherAccount_CannotReadTheFiles_AndIsTurnedAway()
    {
        var asNobody = AsNobodyPrefix();
        var control = Path.Combine(Path.GetTempPath(), $"undertone-control-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(control, "readable by anyone");
        File.SetUnixFileMode(control, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var (controlExit, controlOutput) = await RunAsync(asNobody, "cat", control);
            Assert.True(controlExit == 0, "The other account could not read a world-readable file, so this test proves nothing: " + controlOutput);

            var (dbExit, dbOutput) = await RunAsync(asNobody, "cat", Path.Combine(app.DataDirectory, UndertoneDatabase.FileName));
            Assert.NotEqual(0, dbExit);
            Assert.Contains("Permission denied", dbOutput, StringComparison.Ordinal);
            var (tokenExit, _) = await RunAsync(asNobody, "cat", Path.Combine(app.DataDirectory, AccessToken.FileName));
            Assert.NotEqual(0, tokenExit);
            var (listExit, _) = await RunAsync(asNobody, "ls", app.DataDirectory);
            Assert.NotEqual(0, listExit);

            var url = new Uri(app.BaseAddress, "/api/export/recaps.pdf?includeTherapistSaid=true").AbsoluteUri;
            var (_, status) = await RunAsync(asNobody, "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", url);
            Assert.Equal("403", status.Trim());
            var (_, page) = await RunAsync(asNobody, "curl", "-s", new Uri(app.BaseAddress, "/journal").AbsoluteUri);
            Assert.Contains("This Undertone belongs to someone else", page, StringComparison.Ordinal);
            Assert.DoesNotContain(app.DataDirectory, page, StringComparison.Ordinal); // not even where the token file is
        }
        finally
        {
            File.Delete(control);
        }
    }

    /// <summary>
    /// A browser sends the session cookie to every port of this host, so a program another account runs on a spare port
    /// can collect it when this person's browser is led there (a link, an image). Replayed from that account, the
    /// cookie, and even the token, open nothing; the same request from this account is the control.
    /// </summary>
    [Fact]
    public async Task AnotherAccount_ReplayingAStolenSessionCookieOrTheToken_IsTurnedAway()
    {
        var cookie = await SignInAsync();
        var recaps = new Uri(app.BaseAddress, "/api/recaps").AbsoluteUri;
        string[] withCookie = ["curl", "-s", "-w", "\n%{http_code}", "-b", $"{AccessSessions.CookieName}={cookie}", recaps];
        string[] withToken = ["curl", "-s", "-w", "\n%{http_code}", "-H", "Authorization: Bearer " + app.Token, recaps];

        var (_, ours) = await RunAsync(["env"], withCookie);
        Assert.EndsWith("\n200", ours, StringComparison.Ordinal);

        var asNobody = AsNobodyPrefix();
        foreach (var replay in new[] { withCookie, withToken })
        {
            var (_, theirs) = await RunAsync(asNobody, replay);
            Assert.EndsWith("\n403", theirs, StringComparison.Ordinal);
            Assert.Contains("This Undertone belongs to another account", theirs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BlazorWebSocket_FromAnotherSite_IsRefused()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", "http://evil.example");
        socket.Options.SetRequestHeader("Authorization", "Bearer " + app.Token); // even with the token

        var uri = new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = "/_blazor", Query = "id=anything" }.Uri;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Theory]
    [InlineData("http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData("http://127.0.0.1", HttpStatusCode.Forbidden)] // another port is another origin
    [InlineData("", HttpStatusCode.OK)]
    [InlineData("self", HttpStatusCode.OK)]
    public async Task BlazorNegotiate_IsRefusedUnlessFromTheAppItself(string origin, HttpStatusCode expected)
    {
        using var client = app.TokenClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        AddOrigin(request, origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("self", HttpStatusCode.OK)]
    public async Task Post_FromAnotherSite_Is403ProblemDetails(string origin, HttpStatusCode expected)
    {
        using var client = app.TokenClient();
        using var request = CheckRequest();
        AddOrigin(request, origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>
    /// Chromium sends <c>Origin: null</c> for a plain form post from our own pages (our referrer policy is no-referrer),
    /// with <c>Sec-Fetch-Site: same-origin</c>; every other source of "null" is a sandboxed frame, a file or a redirect
    /// through another site, which the browser never calls same-origin. Another port on this host is same-site, not
    /// same-origin.
    /// </summary>
    [Theory]
    [InlineData("same-origin", HttpStatusCode.OK)]
    [InlineData("same-site", HttpStatusCode.Forbidden)]
    [InlineData("cross-site", HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Forbidden)]
    public async Task Post_WithANullOrigin_IsOursOnlyWhenTheBrowserSaysSameOrigin(string fetchSite, HttpStatusCode expected)
    {
        using var client = app.TokenClient();
        using var request = CheckRequest();
        request.Headers.Add("Origin", "null");
        if (fetchSite.Length > 0)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("GET /api/export/recaps.pdf?includeTherapistSaid=true HTTP/1.0\r\n")]
    [InlineData("GET / HTTP/1.0\r\n")]
    [InlineData("GET /api/export/recaps.pdf HTTP/1.1\r\nHost:\r\nConnection: close\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n")]
    public async Task Request_WithNoOrAnEmptyHost_Is400_WithNothingFromTheJournal(string head)
    {
        var answer = await RawAsync(head + "Authorization: Bearer " + app.Token + "\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", answer, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens the launch link as a browser would, and returns the session cookie it set.</summary>
    private async Task<string> SignInAsync()
    {
        using var client = app.AnonymousClient();
        using var response = await client.GetAsync(new Uri("/signin?token=" + app.Token, UriKind.Relative));
        var prefix = AccessSessions.CookieName + "=";
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal));
        return cookie[prefix.Length..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A harmless state-changing API call: checking a short message.</summary>
    private static HttpRequestMessage CheckRequest() => new(HttpMethod.Post, "/api/scripts/check")
    {
        Content = new StringContent("""{"text":"Could we talk about a short recap?","length":"short"}""", Encoding.UTF8, "application/json"),
    };

    private void AddOrigin(HttpRequestMessage request, string origin)
    {
        if (origin.Length > 0)
        {
            request.Headers.Add("Origin", origin == "self" ? app.BaseAddress.GetLeftPart(UriPartial.Authority) : origin);
        }
    }

    private async Task<string> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync(); // the server closes: HTTP/1.0, Connection: close, or a bad request
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string[] AsNobodyPrefix()
    {
        if (Environment.UserName == "root")
        {
            return ["runuser", "-u", "nobody", "--"];
        }

        using var sudo = Process.Start(new ProcessStartInfo("sudo", ["-n", "-u", "nobody", "true"]) { RedirectStandardError = true })!;
        sudo.WaitForExit();
        return sudo.ExitCode == 0
            ? ["sudo", "-n", "-u", "nobody", "--"]
            : throw new InvalidOperationException("Run the tests as root or with password-less sudo: this test has to act as another account.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] prefix, params string[] command)
    {
        var start = new ProcessStartInfo(prefix[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in prefix.Skip(1).Concat(command))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

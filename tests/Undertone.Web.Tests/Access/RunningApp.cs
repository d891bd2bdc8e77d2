using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Access;

/// <summary>
/// The built app started the way a person starts it (its own process, Production, a real port chosen by the OS) on a
/// data folder that an older version left open to others. Ready once it has printed its sign-in link; stopped and
/// removed on dispose.
/// </summary>
public sealed partial class RunningApp : IAsyncLifetime
{
    private readonly TaskCompletionSource<string> _link = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];
    private Process? _process;

    public string DataDirectory { get; } = Data.Tests.TestDatabase.CreateFolder();

    /// <summary>The sign-in link as printed on the console.</summary>
    public string SignInLink { get; private set; } = "";

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>A file left readable by others in the folder before the start (as an older version left it).</summary>
    public string LooseFile => Path.Combine(DataDirectory, "left-by-an-older-version.txt");

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsWindows())
        {
            await File.WriteAllTextAsync(LooseFile, "private");
            File.SetUnixFileMode(LooseFile, (UnixFileMode)0b110_100_100); // 0644
            File.SetUnixFileMode(DataDirectory, (UnixFileMode)0b111_101_101); // 0755
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Undertone.Web.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment[Undertone.Web.Hosting.DataDirectory.EnvironmentVariable] = DataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Undertone__OpenBrowser"] = "false"; // never a real browser window from a test
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.Exited += (_, _) => _link.TrySetException(new InvalidOperationException("Undertone exited before printing its link:\n" + Output));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        SignInLink = await _link.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var link = new Uri(SignInLink);
        BaseAddress = new Uri(link.GetLeftPart(UriPartial.Authority));
        Token = link.Query["?token=".Length..];
    }

    /// <summary>A client with nothing: no token, no cookie.</summary>
    public HttpClient AnonymousClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>A client that sends the token as a bearer token, as an API client would.</summary>
    public HttpClient TokenClient()
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (Link().Match(line) is { Success: true } match)
        {
            _link.TrySetResult(match.Value);
        }
    }

    [GeneratedRegex(@"http://\S+/signin\?token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}

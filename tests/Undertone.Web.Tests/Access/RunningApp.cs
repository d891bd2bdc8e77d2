using System.Diagnostics;

namespace Undertone.Web.Tests.Access;

/// <summary>
/// The built app started the way a person starts it (its own process, Production, a real port chosen by the OS) on a
/// data folder that an older version left open to others. Ready once it has printed its sign-in link; stopped and
/// removed on dispose.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private AppProcess? _app;

    public string DataDirectory { get; } = Data.Tests.TestDatabase.CreateFolder();

    /// <summary>The sign-in link as printed on the console.</summary>
    public string SignInLink => _app?.SignInLink ?? "";

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress => new(new Uri(SignInLink).GetLeftPart(UriPartial.Authority));

    public string Token => new Uri(SignInLink).Query["?token=".Length..];

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
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment[Undertone.Web.Hosting.DataDirectory.EnvironmentVariable] = DataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _app = await AppProcess.StartAsync(start, TimeSpan.FromSeconds(90));
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
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }
}

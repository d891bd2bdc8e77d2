using System.Diagnostics;
using System.Runtime.InteropServices;
using Undertone.TestSupport.Hosting;

namespace Undertone.BrowserTests;

/// <summary>
/// The download for this machine's operating system, as a person runs it: published once with its publish profile
/// (src/Undertone.Web/Properties/PublishProfiles) into a temp folder — or the executable named by
/// <c>UNDERTONE_PUBLISHED_APP</c>, when a build already made one — then started from a different, empty folder
/// with a fresh data folder and no .NET environment variables. Ready once it has printed its sign-in link.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public const string BinaryVariable = "UNDERTONE_PUBLISHED_APP";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "undertone-published", Guid.NewGuid().ToString("N"));
    private AppProcess? _app;

    /// <summary>The published executable.</summary>
    public string Executable { get; private set; } = "";

    /// <summary>The folder it was started from: not its own.</summary>
    public string WorkingDirectory => Path.Combine(_root, "elsewhere");

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The sign-in link as printed on the console.</summary>
    public string SignInLink => _app?.SignInLink ?? "";

    public string BaseUrl => new Uri(SignInLink).GetLeftPart(UriPartial.Authority);

    /// <summary>What the app printed (its console log and the link).</summary>
    public string Output => _app?.Output ?? "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkingDirectory);
        Directory.CreateDirectory(DataDirectory);
        var given = Environment.GetEnvironmentVariable(BinaryVariable);
        Executable = string.IsNullOrEmpty(given) ? await PublishAsync() : Path.GetFullPath(given);

        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = WorkingDirectory,
        };
        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS", "DOTNET_ROOT" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment[Web.Hosting.DataDirectory.EnvironmentVariable] = DataDirectory;
        _app = await AppProcess.StartAsync(start, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>The publish profile for the machine running the tests.</summary>
    private static string ProfileForThisMachine()
    {
        var arch = RuntimeInformation.OSArchitecture;
        return OperatingSystem.IsLinux() && arch == Architecture.X64 ? "linux-x64"
            : OperatingSystem.IsWindows() && arch == Architecture.X64 ? "win-x64"
            : OperatingSystem.IsMacOS() && arch == Architecture.Arm64 ? "osx-arm64"
            : throw new PlatformNotSupportedException($"There is no download for {RuntimeInformation.RuntimeIdentifier}; set {BinaryVariable} to a published executable.");
    }

    private async Task<string> PublishAsync()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Undertone.sln")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new InvalidOperationException($"Undertone.sln was not found above {AppContext.BaseDirectory}; set {BinaryVariable} to a published executable.");
        }

        var output = Path.Combine(_root, "app");
        var publish = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(repository.FullName, "src", "Undertone.Web"),
                "-p:PublishProfile=" + ProfileForThisMachine(), "-o", output, "-nologo", "-v:q",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repository.FullName,
        };
        using var process = Process.Start(publish)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // ReadyToRun compiles the packages: a few minutes on two quiet cores, much longer on busy ones.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(20));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }

        return Path.Combine(output, OperatingSystem.IsWindows() ? "Undertone.Web.exe" : "Undertone.Web");
    }
}

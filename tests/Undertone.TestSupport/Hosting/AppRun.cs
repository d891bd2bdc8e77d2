using System.Diagnostics;

namespace Undertone.TestSupport.Hosting;

/// <summary>
/// The built app (the <c>Undertone.Web.dll</c> copied beside the test) run as a person runs it, in its own process on a
/// free loopback port, for the cases where it should refuse to start: it is waited on until it exits.
/// </summary>
public static class AppRun
{
    /// <summary>
    /// Runs the app with <paramref name="environment"/> added to its environment and returns its exit code and all it
    /// printed (standard output, then standard error). An app still running after a minute is stopped and the test fails.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> UntilExitAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Undertone.Web.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}

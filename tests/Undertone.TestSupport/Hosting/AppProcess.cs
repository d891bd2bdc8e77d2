using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Undertone.TestSupport.Hosting;

/// <summary>
/// An Undertone process started by a test, the way a person starts it: everything it prints is kept, it is ready
/// once it has printed its sign-in link (or another line the test names), and disposing it stops the whole process
/// tree. It never opens a browser.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly TaskCompletionSource<string> _link = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];
    private readonly Process _process;
    private readonly Regex _ready;
    private bool _started;

    private AppProcess(ProcessStartInfo start, Regex ready)
    {
        _ready = ready;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["Undertone__OpenBrowser"] = "false"; // never a real browser window from a test
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.Exited += (_, _) => _link.TrySetException(new InvalidOperationException($"Undertone exited before printing a line like /{_ready}/:\n" + Output));
    }

    /// <summary>The sign-in link as printed on the console (or what the readiness pattern matched).</summary>
    public string SignInLink { get; private set; } = "";

    /// <summary>What the app printed (its console log and the link).</summary>
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

    /// <summary>
    /// Starts <paramref name="start"/> and waits, up to <paramref name="timeout"/>, for the sign-in link, or for the
    /// first output matching <paramref name="readyWhen"/> (for example server mode's set-up link).
    /// </summary>
    public static async Task<AppProcess> StartAsync(ProcessStartInfo start, TimeSpan timeout, Regex? readyWhen = null)
    {
        var app = new AppProcess(start, readyWhen ?? Link());
        try
        {
            app._started = app._process.Start();
            app._process.BeginOutputReadLine();
            app._process.BeginErrorReadLine();
            app.SignInLink = await app._link.Task.WaitAsync(timeout);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_started && !_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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

        if (_ready.Match(line) is { Success: true } match)
        {
            _link.TrySetResult(match.Value);
        }
    }

    [GeneratedRegex(@"http://\S+/signin\?token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}

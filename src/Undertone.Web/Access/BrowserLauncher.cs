using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;

namespace Undertone.Web.Access;

/// <summary>
/// Opens the sign-in link in the default browser when Undertone starts (xdg-open, open, or the Windows shell), so a
/// person who double-clicked the download lands in the app. The link is never put on a command line, where every
/// account on the computer could read it in the process list: the browser is given a small page in the owner-only
/// data folder that forwards to the link. <c>Undertone:OpenBrowser</c> = false turns this off; it never happens when
/// the <c>CI</c> environment variable is set, nor on Linux without a desktop (xdg-open could start a text browser
/// in the terminal).
/// </summary>
public sealed partial class BrowserLauncher(IConfiguration configuration, UndertonePaths paths, ILogger<BrowserLauncher> logger)
{
    public const string SettingKey = "Undertone:OpenBrowser";

    /// <summary>The forwarding page in the data folder, rewritten at each start like <c>access-token</c>.</summary>
    public const string PageFileName = "open-undertone.html";

    /// <summary>
    /// Whether to open a browser: the setting (on unless set to false), never under CI, and only with a desktop
    /// (<c>DISPLAY</c> or <c>WAYLAND_DISPLAY</c>) where one is needed (Linux and the other Unix systems).
    /// </summary>
    public static bool ShouldOpen(bool? setting, Func<string, string?> environment, bool needsDesktop)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (setting == false || !string.IsNullOrEmpty(environment("CI")))
        {
            return false;
        }

        return !needsDesktop
            || !string.IsNullOrEmpty(environment("DISPLAY"))
            || !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"));
    }

    /// <summary>The page that forwards the browser to <paramref name="link"/> (with a plain link if forwarding is blocked).</summary>
    public static string PageFor(string link)
    {
        var encoded = HtmlEncoder.Default.Encode(link);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="referrer" content="no-referrer" />
            <meta http-equiv="refresh" content="0; url={{encoded}}" />
            <title>Opening Undertone</title>
            </head>
            <body>
            <p>Opening Undertone… If nothing happens, <a href="{{encoded}}">open Undertone here</a>.</p>
            </body>
            </html>
            """;
    }

    /// <summary>The command that opens <paramref name="pageFile"/> in the default browser on this operating system.</summary>
    public static ProcessStartInfo StartInfoFor(string pageFile)
    {
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo(pageFile) { UseShellExecute = true };
        }

        // Through sh so the browser's own chatter goes nowhere instead of into Undertone's console; the page's path
        // is an argument, never part of the script.
        var opener = OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        return new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", opener + " \"$1\" >/dev/null 2>&1 </dev/null", "sh", pageFile },
            UseShellExecute = false,
        };
    }

    /// <summary>
    /// Opens <paramref name="link"/> in the default browser, unless <see cref="ShouldOpen"/> says not to; false when
    /// it did not try or the opener could not be started.
    /// </summary>
    public bool Open(string link)
    {
        var needsDesktop = !OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS();
        if (!ShouldOpen(configuration.GetValue<bool?>(SettingKey), Environment.GetEnvironmentVariable, needsDesktop))
        {
            return false;
        }

        var page = WritePage(paths.DataDirectory, link);
        try
        {
            var process = new Process { StartInfo = StartInfoFor(page), EnableRaisingEvents = true };
            process.Exited += (_, _) =>
            {
                if (!OperatingSystem.IsWindows() && process.ExitCode != 0)
                {
                    LogCouldNotOpen(logger);
                }

                process.Dispose();
            };
            process.Start();
            LogOpening(logger);
            return true;
        }
        catch (Win32Exception)
        {
            LogCouldNotOpen(logger);
            return false;
        }
    }

    /// <summary>Writes the forwarding page to <paramref name="dataDirectory"/>, readable by its owner only; returns its path.</summary>
    public static string WritePage(string dataDirectory, string link)
    {
        var path = Path.Combine(dataDirectory, PageFileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFiles.OwnerOnlyFile;
        }

        using (var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.Write(PageFor(link));
        }

        PrivateFiles.MakePrivate(path); // the file may have existed with a looser mode
        return path;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening Undertone in the default browser")]
    private static partial void LogOpening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not open a browser; open the sign-in link printed on the console")]
    private static partial void LogCouldNotOpen(ILogger logger);
}

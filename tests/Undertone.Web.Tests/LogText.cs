namespace Undertone.Web.Tests;

/// <summary>Reads what the app wrote to its log files in a data folder.</summary>
public static class LogText
{
    /// <summary>Everything logged so far, once <paramref name="expected"/> has been written (or fails after 10 s).</summary>
    public static async Task<string> WaitForAsync(string dataDirectory, string expected)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var text = await ReadAllAsync(dataDirectory);
            if (text.Contains(expected, StringComparison.Ordinal))
            {
                return text;
            }

            Assert.False(deadline.IsCancellationRequested, $"The log never said \"{expected}\". It said:\n{text}");
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

    /// <summary>The text of every log file, read while the app may still be writing.</summary>
    public static async Task<string> ReadAllAsync(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "logs");
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }
}

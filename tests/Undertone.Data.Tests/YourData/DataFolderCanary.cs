namespace Undertone.Data.Tests.YourData;

/// <summary>Looks for a word in every file of a folder, byte for byte, the way someone copying the folder would.</summary>
public static class DataFolderCanary
{
    /// <summary>The files (relative paths) that hold <paramref name="word"/> as UTF-8, UTF-16 or lower-case UTF-8.</summary>
    public static IReadOnlyList<string> FilesHolding(string folder, string word)
    {
        var patterns = new[]
        {
            Encoding.UTF8.GetBytes(word),
            Encoding.UTF8.GetBytes(word.ToLowerInvariant()),
            Encoding.Unicode.GetBytes(word),
        };
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var bytes = ReadIfStillThere(file);
            if (patterns.Any(p => bytes.AsSpan().IndexOf(p) >= 0))
            {
                found.Add(Path.GetRelativePath(folder, file));
            }
        }

        return found;
    }

    /// <summary>
    /// The file's bytes, or none when it went away after it was listed: SQLite removes the <c>-wal</c> when the last
    /// connection to the file closes, and a file that is gone holds nothing.
    /// </summary>
    public static byte[] ReadIfStillThere(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}

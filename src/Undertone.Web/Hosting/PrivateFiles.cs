namespace Undertone.Web.Hosting;

/// <summary>
/// Keeps the data folder to its owner on Linux and macOS: the folder and its subfolders 0700, every file 0600, so
/// another account on the same computer can neither list nor read the journal, the logs, the keys or the token.
/// Does nothing on Windows, where the per-user folder already has owner-only access.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static bool Applies => !OperatingSystem.IsWindows();

    /// <summary>
    /// Creates <paramref name="folder"/> (and its parents) owner-only, or tightens it and everything in it.
    /// Returns the paths that were open to others (empty when everything was already private).
    /// </summary>
    public static IReadOnlyList<string> PrepareFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return [];
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        return Tighten(folder);
    }

    /// <summary>Creates a subfolder owner-only (or tightens it).</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        Restrict(folder, OwnerOnlyFolder);
    }

    /// <summary>Sets 0700 on <paramref name="folder"/> and its subfolders and 0600 on every file; returns what was looser.</summary>
    public static IReadOnlyList<string> Tighten(string folder)
    {
        var loosened = new List<string>();
        if (!Applies || !Directory.Exists(folder))
        {
            return loosened;
        }

        if (Restrict(folder, OwnerOnlyFolder))
        {
            loosened.Add(folder);
        }

        var all = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", all))
        {
            if (entry.LinkTarget is not null)
            {
                continue; // never change what a link points to
            }

            if (Restrict(entry.FullName, entry is DirectoryInfo ? OwnerOnlyFolder : OwnerOnlyFile))
            {
                loosened.Add(entry.FullName);
            }
        }

        return loosened;
    }

    /// <summary>Sets 0600 on one file (if it exists).</summary>
    public static void MakePrivate(string file)
    {
        if (Applies && File.Exists(file))
        {
            Restrict(file, OwnerOnlyFile);
        }
    }

    /// <summary>True when the mode had to change because others had some access.</summary>
    private static bool Restrict(string path, UnixFileMode wanted)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        UnixFileMode mode;
        try
        {
            mode = File.GetUnixFileMode(path);
        }
        catch (FileNotFoundException)
        {
            return false; // gone in the meantime (SQLite removes its -wal and -shm files)
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        if (mode == wanted)
        {
            return false;
        }

        File.SetUnixFileMode(path, wanted);
        return (mode & Others) != 0;
    }
}

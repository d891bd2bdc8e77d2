using System.Runtime.Versioning;

namespace Undertone.Web.Tests.Access;

[UnsupportedOSPlatform("windows")]
public sealed class PrivateFolderTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    [Fact]
    public async Task Start_OnAFolderOthersCouldRead_TightensEverything()
    {
        using var folder = new Data.Tests.TestFolder();
        var notes = Path.Combine(folder.Path, "notes-from-an-older-version.txt");
        var logs = Path.Combine(folder.Path, "logs");
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(notes, "private");
        File.SetUnixFileMode(notes, (UnixFileMode)0b110_100_100); // 0644
        File.SetUnixFileMode(logs, (UnixFileMode)0b111_101_101); // 0755
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_101_101);

        await using var factory = UndertoneWebFactory.On(folder.Path);
        _ = factory.Services.GetRequiredService<UndertonePaths>();

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder.Path));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(logs));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(notes));
    }

    [Fact]
    public async Task Start_OnAFreshFolder_CreatesItOwnerOnly()
    {
        using var parent = new Data.Tests.TestFolder();
        var folder = Path.Combine(parent.Path, "new");
        await using var factory = UndertoneWebFactory.On(folder);
        _ = factory.Services.GetRequiredService<UndertonePaths>();

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.Combine(folder, "logs")));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.Combine(folder, "keys")));
    }

    [Fact]
    public void Tighten_LeavesWhatALinkPointsTo_Alone()
    {
        var folder = Data.Tests.TestDatabase.CreateFolder();
        var outside = Path.Combine(Path.GetTempPath(), $"undertone-outside-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "not ours");
        File.SetUnixFileMode(outside, (UnixFileMode)0b110_100_100);
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder, "link"), outside);

            PrivateFiles.Tighten(folder);

            Assert.Equal((UnixFileMode)0b110_100_100, File.GetUnixFileMode(outside));
        }
        finally
        {
            File.Delete(outside);
            Directory.Delete(folder, recursive: true);
        }
    }
}

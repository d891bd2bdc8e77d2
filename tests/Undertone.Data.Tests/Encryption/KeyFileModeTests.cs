using System.Runtime.Versioning;

namespace Undertone.Data.Tests.Encryption;

/// <summary>
/// Anyone who can read <c>undertone.key</c> can try passphrases against it on their own computer, so it must be the
/// owner's alone from the moment it is written, not only after the next start tightens the data folder.
/// </summary>
[Collection(PermissiveUmask.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class KeyFileModeTests : IAsyncLifetime
{
    private const string Passphrase = "correct horse battery staple";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode ReadableByEveryone = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    // Cheap Argon2id for tests; the real parameters are Argon2Settings.Default.
    private static readonly Argon2Settings FastKdf = new(MemoryKiB: 1024, Iterations: 1, Parallelism: 1);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task KeyFile_IsOwnerOnly_AfterSetUpAndAfterANewPassphrase_EvenUnderAPermissiveUmask()
    {
        using var journalLock = new JournalLock(_database.Path, _clock, FastKdf);
        using var umask = PermissiveUmask.Open();
        var control = Path.Combine(_database.Folder, "control.txt");
        await File.WriteAllTextAsync(control, "made the ordinary way");
        Assert.True(
            (File.GetUnixFileMode(control) & ReadableByEveryone) == ReadableByEveryone,
            "The umask did not open up, so this test proves nothing: " + File.GetUnixFileMode(control));
        if (!SqliteNative.Status.EncryptionAvailable)
        {
            await Assert.ThrowsAsync<EncryptionUnavailableException>(() => journalLock.SetUpAsync(Passphrase));
            Assert.False(File.Exists(journalLock.KeyFilePath));
            return;
        }

        await journalLock.SetUpAsync(Passphrase);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(journalLock.KeyFilePath));

        // A temporary file left by an app that stopped while writing, readable by everyone: not reused as it is.
        var leftOver = journalLock.KeyFilePath + ".new";
        await File.WriteAllTextAsync(leftOver, "half written");
        File.SetUnixFileMode(leftOver, ReadableByEveryone);

        Assert.True((await journalLock.ChangePassphraseAsync(Passphrase, "a whole new passphrase")).IsAccepted);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(journalLock.KeyFilePath));
        Assert.False(File.Exists(leftOver));
    }
}

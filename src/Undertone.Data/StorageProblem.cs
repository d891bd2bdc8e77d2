namespace Undertone.Data;

/// <summary>
/// Why the journal can't be reached right now. Each is something outside the app (the file, the disk, the lock),
/// not a bug, and each passes: the user's text is kept and they can try again.
/// </summary>
public enum StorageProblem
{
    /// <summary>Another program or tab held the file for longer than the busy timeout (SQLite 5 and 6).</summary>
    Busy,

    /// <summary>The disk is full (SQLite 13).</summary>
    DiskFull,

    /// <summary>The file or its folder can't be written (SQLite 8).</summary>
    ReadOnly,

    /// <summary>The operating system failed to read or write the file (SQLite 10).</summary>
    IoError,

    /// <summary>The file can't be opened, for example because its folder is gone (SQLite 14).</summary>
    CannotOpen,

    /// <summary>The journal is locked with a passphrase and has not been unlocked.</summary>
    Locked,

    /// <summary>
    /// The passphrase was set or removed somewhere else (another tab, a script) since the page was drawn, so what the
    /// page asked for no longer applies (<see cref="Encryption.PassphraseAlreadySetException"/>,
    /// <see cref="Encryption.NoPassphraseException"/>).
    /// </summary>
    LockChanged,
}

using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Undertone.Domain.Encryption;

namespace Undertone.Data.Encryption;

/// <summary>
/// The passphrase lock: encryption at rest for the whole journal file (recaps, questions, scripts, themes and the
/// search index, and the WAL beside it). A random 32-byte data key encrypts the file (SQLite3 Multiple Ciphers,
/// ChaCha20-Poly1305); the key file beside it holds that key wrapped by the passphrase (Argon2id) and by a recovery
/// key that is shown once. Only the raw data key ever reaches SQLite. One instance per data folder, for the life of
/// the app (a singleton); it starts locked when the journal is encrypted.
/// </summary>
/// <remarks>
/// Locking zeroes the key's bytes and clears SQLite's connection pool. .NET cannot promise more: the connection
/// string that carried the key (<c>x'…'</c>) and the passphrase strings given to these methods are ordinary strings
/// that live until the garbage collector reuses their memory.
/// </remarks>
public sealed class JournalLock : IDisposable
{
    public const string KeyFileName = "undertone.key";


    private readonly string _databasePath;
    private readonly TimeProvider _time;
    private readonly Argon2Settings _kdf;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _encrypted;
    private byte[]? _dataKey;
    private volatile string? _connectionPassword;
    private int _failuresInARow;
    private DateTimeOffset _nextCheckAt = DateTimeOffset.MinValue;

    public JournalLock(string databasePath, TimeProvider time, Argon2Settings? kdf = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        SqliteNative.Initialize();
        _databasePath = Path.GetFullPath(databasePath);
        KeyFilePath = Path.Combine(Path.GetDirectoryName(_databasePath)!, KeyFileName);
        _time = time;
        _kdf = kdf ?? Argon2Settings.Default;
        _encrypted = File.Exists(KeyFilePath);
    }

    public string KeyFilePath { get; }

    public LockState State => new(SqliteNative.Status.EncryptionAvailable, _encrypted, IsLocked);

    public bool IsLocked => _encrypted && _connectionPassword is null;

    /// <summary>
    /// The <c>Password</c> for a connection to the journal: null when it is not encrypted, the raw data key as
    /// <c>x'…'</c> when unlocked. Throws <see cref="JournalLockedException"/> while locked.
    /// </summary>
    internal string? ConnectionPassword =>
        !_encrypted ? null : _connectionPassword ?? throw new JournalLockedException();

    /// <summary>
    /// Encrypts the existing (plain) journal in place with a new random key wrapped by <paramref name="passphrase"/>,
    /// and returns the recovery key, formatted to be written down. It is not stored anywhere and cannot be shown again.
    /// Leaves the journal unlocked.
    /// </summary>
    /// <exception cref="EncryptionUnavailableException">This build runs on the standard SQLite, without a cipher.</exception>
    /// <exception cref="PassphraseAlreadySetException">The journal is encrypted already.</exception>
    /// <exception cref="JournalConversionException">SQLite did not convert the file as expected.</exception>
    public async Task<string> SetUpAsync(string passphrase, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passphrase);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var native = SqliteNative.Status;
            if (!native.EncryptionAvailable)
            {
                throw new EncryptionUnavailableException($"This copy of Undertone cannot encrypt its journal: {native.Reason}.");
            }

            if (_encrypted)
            {
                throw new PassphraseAlreadySetException();
            }

            var dataKey = GC.AllocateArray<byte>(Argon2Settings.KeyLength, pinned: true);
            RandomNumberGenerator.Fill(dataKey);
            var recoverySecret = RandomNumberGenerator.GetBytes(RecoveryKeyText.SecretLength);
            try
            {
                var keyFile = await Task.Run(() => KeyFile.Create(dataKey, passphrase, recoverySecret, _kdf), cancellationToken).ConfigureAwait(false);

                // The key file first: if the app stops during the conversion, the next unlock finishes it.
                keyFile.Write(KeyFilePath);
                try
                {
                    await JournalFileEncryption.ConvertAsync(_databasePath, currentKey: null, newKey: dataKey, cancellationToken).ConfigureAwait(false);
                }
                catch when (JournalFileEncryption.StartsAsPlainDatabase(_databasePath))
                {
                    // Nothing was encrypted: the journal is as it was, so the key file must not claim otherwise.
                    File.Delete(KeyFilePath);
                    throw;
                }

                _encrypted = true;
                Open(dataKey);
                dataKey = null;
                return RecoveryKeyText.Format(recoverySecret);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(recoverySecret);
                if (dataKey is not null)
                {
                    CryptographicOperations.ZeroMemory(dataKey);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Unlocks with the passphrase. Wrong tries in a row make the next ones wait (<see cref="UnlockBackoff"/>).</summary>
    public Task<PassphraseResult> UnlockAsync(string passphrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        return UnlockWithAsync(file => file.TryUnwrapWithPassphrase(passphrase), cancellationToken);
    }

    /// <summary>Unlocks with the recovery key (case, spaces and dashes do not matter).</summary>
    public Task<PassphraseResult> UnlockWithRecoveryKeyAsync(string recoveryKey, CancellationToken cancellationToken = default) =>
        UnlockWithAsync(file => UnwrapWithRecoveryKey(file, recoveryKey), cancellationToken);

    /// <summary>Changes the passphrase; the journal's data key and the recovery key stay the same.</summary>
    public Task<PassphraseResult> ChangePassphraseAsync(string currentPassphrase, string nextPassphrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentPassphrase);
        return RewrapAsync(file => file.TryUnwrapWithPassphrase(currentPassphrase), nextPassphrase, cancellationToken);
    }

    /// <summary>Sets a new passphrase with the recovery key, for when the passphrase is forgotten.</summary>
    public Task<PassphraseResult> ResetPassphraseAsync(string recoveryKey, string nextPassphrase, CancellationToken cancellationToken = default) =>
        RewrapAsync(file => UnwrapWithRecoveryKey(file, recoveryKey), nextPassphrase, cancellationToken);

    /// <summary>
    /// Removes the lock: decrypts the journal back to a plain SQLite file in place and deletes the key file.
    /// </summary>
    public async Task<PassphraseResult> RemoveAsync(string passphrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RequireEncrypted();
            var (result, dataKey) = await CheckAsync(file => file.TryUnwrapWithPassphrase(passphrase), cancellationToken).ConfigureAwait(false);
            if (dataKey is null)
            {
                return result;
            }

            try
            {
                ForgetKey();
                await JournalFileEncryption.ConvertAsync(_databasePath, currentKey: dataKey, newKey: null, cancellationToken).ConfigureAwait(false);
                DestroyKeyFile();
                _encrypted = false;
                return result;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(dataKey);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// For "delete everything", after the journal's rows are gone: the lock goes with them. The (now empty) journal is
    /// decrypted back to a plain file in place, then the key file, which holds the data key wrapped by the passphrase
    /// and by the recovery key, is overwritten and deleted, and the key is zeroed in memory. Undertone is then where a
    /// fresh install starts: no passphrase, nothing to unlock. Does nothing when there is no passphrase; throws
    /// <see cref="JournalLockedException"/> while locked (deleting everything needs the journal open).
    /// </summary>
    public async Task ForgetLockAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_encrypted)
            {
                return;
            }

            var dataKey = _dataKey ?? throw new JournalLockedException();
            var copy = GC.AllocateArray<byte>(dataKey.Length, pinned: true);
            dataKey.CopyTo(copy, 0);
            try
            {
                ForgetKey();
                // Decrypt first: should the app stop before the key file is gone, the next unlock re-encrypts the
                // (empty) file with the old passphrase instead of finding a file that nothing opens.
                await JournalFileEncryption.ConvertAsync(_databasePath, currentKey: copy, newKey: null, cancellationToken).ConfigureAwait(false);
                DestroyKeyFile();
                _encrypted = false;
                _failuresInARow = 0;
                _nextCheckAt = DateTimeOffset.MinValue;
            }
            catch
            {
                // Still encrypted and the key file still there: stay unlocked, as before the call.
                if (!JournalFileEncryption.StartsAsPlainDatabase(_databasePath))
                {
                    Open(copy);
                    copy = null;
                }

                throw;
            }
            finally
            {
                if (copy is not null)
                {
                    CryptographicOperations.ZeroMemory(copy);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Locks now: zeroes the key in memory and closes SQLite's pooled connections. Does nothing when not encrypted.</summary>
    public void Lock()
    {
        _gate.Wait();
        try
        {
            ForgetKey();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        ForgetKey();
        _gate.Dispose();
    }

    private async Task<PassphraseResult> UnlockWithAsync(Func<KeyFile, byte[]?> unwrap, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RequireEncrypted();
            if (!IsLocked)
            {
                return PassphraseResult.Accepted;
            }

            var (result, dataKey) = await CheckAsync(unwrap, cancellationToken).ConfigureAwait(false);
            if (dataKey is null)
            {
                return result;
            }

            try
            {
                if (JournalFileEncryption.StartsAsPlainDatabase(_databasePath))
                {
                    // The app stopped between writing the key file and encrypting: finish the set-up now.
                    await JournalFileEncryption.ConvertAsync(_databasePath, currentKey: null, newKey: dataKey, cancellationToken).ConfigureAwait(false);
                }

                await JournalFileEncryption.EnsureOpensAsync(_databasePath, dataKey, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                CryptographicOperations.ZeroMemory(dataKey);
                throw;
            }

            Open(dataKey);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PassphraseResult> RewrapAsync(Func<KeyFile, byte[]?> unwrap, string nextPassphrase, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nextPassphrase);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RequireEncrypted();
            var (result, dataKey) = await CheckAsync(unwrap, cancellationToken).ConfigureAwait(false);
            if (dataKey is null)
            {
                return result;
            }

            try
            {
                var file = KeyFile.Read(KeyFilePath);
                var next = await Task.Run(() => file.WithPassphrase(dataKey, nextPassphrase, _kdf), cancellationToken).ConfigureAwait(false);
                next.Write(KeyFilePath);
                return result;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(dataKey);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Unwraps the data key, or counts a wrong try; refuses to check at all while a wait is running.</summary>
    private async Task<(PassphraseResult Result, byte[]? DataKey)> CheckAsync(Func<KeyFile, byte[]?> unwrap, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (now < _nextCheckAt)
        {
            return (new PassphraseResult(PassphraseCheck.WaitFirst, _nextCheckAt - now), null);
        }

        var file = KeyFile.Read(KeyFilePath);
        var dataKey = await Task.Run(() => unwrap(file), cancellationToken).ConfigureAwait(false);
        if (dataKey is null)
        {
            _failuresInARow++;
            var wait = UnlockBackoff.After(_failuresInARow);
            _nextCheckAt = _time.GetUtcNow() + wait;
            return (new PassphraseResult(PassphraseCheck.Wrong, wait), null);
        }

        _failuresInARow = 0;
        _nextCheckAt = DateTimeOffset.MinValue;
        return (PassphraseResult.Accepted, dataKey);
    }

    // A recovery key that cannot be one (wrong length, a letter it never has) is a typo, not a guess: it opens
    // nothing and is not counted, but it still returns no key.
    private static byte[]? UnwrapWithRecoveryKey(KeyFile file, string recoveryKey)
    {
        if (!RecoveryKeyText.TryParse(recoveryKey, out var secret))
        {
            return null;
        }

        try
        {
            return file.TryUnwrapWithRecoveryKey(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private void RequireEncrypted()
    {
        if (!_encrypted)
        {
            throw new NoPassphraseException();
        }
    }

    private void Open(byte[] dataKey)
    {
        _dataKey = dataKey;
        _connectionPassword = JournalFileEncryption.RawKey(dataKey);
    }

    private void ForgetKey()
    {
        if (_dataKey is not null)
        {
            CryptographicOperations.ZeroMemory(_dataKey);
            _dataKey = null;
        }

        _connectionPassword = null;
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Overwrites the key file with zeros before deleting it (and any half-written <c>.new</c> beside it), so the
    /// wrapped keys are not left in the file's old blocks for an undelete tool. On an SSD or a copy-on-write file
    /// system the old blocks may survive anyway; the wraps still need the passphrase or the recovery key.
    /// </summary>
    private void DestroyKeyFile()
    {
        foreach (var path in new[] { KeyFilePath, KeyFilePath + ".new" })
        {
            if (!File.Exists(path))
            {
                continue;
            }

            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None))
            {
                stream.Write(new byte[stream.Length]);
                stream.Flush(flushToDisk: true);
            }

            File.Delete(path);
        }
    }
}

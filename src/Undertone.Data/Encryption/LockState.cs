namespace Undertone.Data.Encryption;

/// <summary>What the lock can tell anyone, without any secret: the shape of <c>GET /api/lock</c>.</summary>
/// <param name="Available">This build can encrypt (our SQLite with its cipher was built and passed its checks).</param>
/// <param name="Encrypted">The journal is encrypted with a passphrase.</param>
/// <param name="Locked">The journal is encrypted and its key is not in memory: nothing can be read until unlocked.</param>
public sealed record LockState(bool Available, bool Encrypted, bool Locked);

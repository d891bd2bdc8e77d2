namespace Undertone.Data.Encryption;

/// <summary>Which native SQLite the app runs on, and whether it can encrypt the journal.</summary>
/// <param name="Library">"sqlite3mc" (our encrypting build) or "e_sqlite3" (the standard bundle).</param>
/// <param name="SqliteVersion">The loaded SQLite's version, e.g. "3.53.4".</param>
/// <param name="CipherVersion">The SQLite3 Multiple Ciphers version, or null when the library has no cipher.</param>
/// <param name="EncryptionAvailable">True only when the cipher, in-memory temp storage and FTS5 are all present.</param>
/// <param name="Reason">Why encryption is unavailable (for the log; no user text), or null when it is available.</param>
public sealed record SqliteNativeStatus(
    string Library,
    string SqliteVersion,
    string? CipherVersion,
    bool EncryptionAvailable,
    string? Reason);

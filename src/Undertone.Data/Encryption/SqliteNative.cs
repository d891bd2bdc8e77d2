using SQLitePCL;
using NativeLibrary = System.Runtime.InteropServices.NativeLibrary;

namespace Undertone.Data.Encryption;

/// <summary>
/// The one seam to the native SQLite. When the build produced our encrypting SQLite (sqlite3mc, compiled from
/// native/sqlite3mc), it is registered under its own name through SQLitePCLRaw's dynamic provider; otherwise the
/// standard e_sqlite3 bundle is used and the lock is reported as unavailable. Call <see cref="Initialize"/> before the
/// first SQLite connection of the process (Program.cs does; the Data entry points do too). The choice is frozen
/// for the life of the process.
/// </summary>
public static class SqliteNative
{
    /// <summary>The provider name of the encrypting build. Not "e_sqlite3": Microsoft.Data.Sqlite refuses
    /// <c>Password=</c> for a library of that name.</summary>
    public const string EncryptingLibrary = "sqlite3mc";

    public const string StandardLibrary = "e_sqlite3";

    private static readonly Lock Gate = new();
    private static SqliteNativeStatus? _status;

    /// <summary>The native library's file name on this operating system, as the build puts it next to the app.</summary>
    public static string LibraryFileName =>
        OperatingSystem.IsWindows() ? "sqlite3mc.dll"
        : OperatingSystem.IsMacOS() ? "libsqlite3mc.dylib"
        : "libsqlite3mc.so";

    /// <summary>What <see cref="Initialize"/> chose (initializing first if needed).</summary>
    public static SqliteNativeStatus Status => Initialize();

    /// <summary>Chooses and registers the native SQLite once per process; later calls return the same answer.</summary>
    public static SqliteNativeStatus Initialize()
    {
        lock (Gate)
        {
            _status ??= Choose();
            return _status;
        }
    }

    private static SqliteNativeStatus Choose()
    {
        var path = Path.Combine(AppContext.BaseDirectory, LibraryFileName);
        string reason;
        if (!File.Exists(path))
        {
            reason = $"{LibraryFileName} was not built (no C compiler at build time)";
        }
        else if (!NativeLibrary.TryLoad(path, out var library))
        {
            reason = $"{LibraryFileName} could not be loaded";
        }
        else
        {
            SQLite3Provider_dynamic_cdecl.Setup(EncryptingLibrary, new NativeLibraryExports(library));
            raw.SetProvider(new SQLite3Provider_dynamic_cdecl());
            var (cipherVersion, missing) = Inspect();
            if (missing.Count == 0)
            {
                raw.FreezeProvider(true);
                return new SqliteNativeStatus(EncryptingLibrary, Version(), cipherVersion, EncryptionAvailable: true, Reason: null);
            }

            reason = $"{LibraryFileName} lacks {string.Join(", ", missing)}";
        }

        // The standard bundle: no encryption, the journal stays a plain SQLite file.
        Batteries_V2.Init();
        raw.FreezeProvider(true);
        return new SqliteNativeStatus(StandardLibrary, Version(), CipherVersion: null, EncryptionAvailable: false, reason);
    }

    private static string Version() => raw.sqlite3_libversion().utf8_to_string();

    /// <summary>
    /// Checks what encryption at rest depends on: the cipher itself, temp tables and indices kept in memory
    /// (sqlite3mc does not encrypt temp files) and FTS5 (the search index).
    /// </summary>
    private static (string? CipherVersion, List<string> Missing) Inspect()
    {
        var missing = new List<string>();
        if (raw.sqlite3_compileoption_used("TEMP_STORE=3") == 0)
        {
            missing.Add("TEMP_STORE=3");
        }

        if (raw.sqlite3_compileoption_used("ENABLE_FTS5") == 0)
        {
            missing.Add("FTS5");
        }

        if (raw.sqlite3_compileoption_used("THREADSAFE=1") == 0)
        {
            missing.Add("THREADSAFE=1");
        }

        var cipherVersion = CipherVersion();
        if (cipherVersion is null)
        {
            missing.Add("the cipher");
        }

        return (cipherVersion, missing);
    }

    private static string? CipherVersion()
    {
        if (raw.sqlite3_open(":memory:", out var db) != raw.SQLITE_OK)
        {
            db.Dispose();
            return null;
        }

        using (db)
        {
            if (raw.sqlite3_prepare_v2(db, "SELECT sqlite3mc_version();", out var statement) != raw.SQLITE_OK)
            {
                statement?.Dispose();
                return null;
            }

            using (statement)
            {
                return raw.sqlite3_step(statement) == raw.SQLITE_ROW
                    ? raw.sqlite3_column_text(statement, 0).utf8_to_string()
                    : null;
            }
        }
    }
}

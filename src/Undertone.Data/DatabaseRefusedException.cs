using Microsoft.Data.Sqlite;

namespace Undertone.Data;

/// <summary>
/// Undertone won't open its database file: SQLite can't read it (damaged, or not a database), it was written by a
/// newer Undertone, or it is some other program's database. The file is left exactly as it was, byte for byte; the
/// message names it and says what to do.
/// </summary>
public sealed class DatabaseRefusedException : Exception
{
    public DatabaseRefusedException()
    {
    }

    public DatabaseRefusedException(string message)
        : base(message)
    {
    }

    public DatabaseRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DatabaseRefusedException Unreadable(string path, Exception innerException) =>
        innerException is SqliteException { SqliteErrorCode: 14 }
            ? new($"Undertone could not open its database file at '{path}'. The file has not been changed or deleted. "
                + "Check that the folder exists and that your account can read and write it, then start Undertone again.", innerException)
            : new($"Undertone could not read its database file at '{path}'. The file has not been changed or deleted. "
                + "If you have a backup, close Undertone and put the backup in its place; otherwise move this file "
                + "somewhere safe and start Undertone again to begin with an empty journal.", innerException);

    public static DatabaseRefusedException Newer(string path) =>
        new($"The database file at '{path}' was made by a newer version of Undertone. The file has not been changed. "
            + "Please install the newer Undertone to open it, or point UNDERTONE_DATA at another folder.");

    public static DatabaseRefusedException NotUndertones(string path) =>
        new($"The file at '{path}' is a database, but not one of Undertone's. The file has not been changed. "
            + "Move it somewhere else, or point UNDERTONE_DATA at another folder, and start Undertone again.");
}

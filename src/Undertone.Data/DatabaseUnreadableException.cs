namespace Undertone.Data;

/// <summary>
/// The database file exists but SQLite cannot read it (not a database, or damaged). The file is left exactly as it
/// was; the message names it so the user can move it aside or restore a backup.
/// </summary>
public sealed class DatabaseUnreadableException : Exception
{
    public DatabaseUnreadableException()
    {
    }

    public DatabaseUnreadableException(string message)
        : base(message)
    {
    }

    public DatabaseUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DatabaseUnreadableException For(string path, Exception innerException) =>
        innerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 14 }
            ? new($"Undertone could not open its database file at '{path}'. The file has not been changed or deleted. "
                + "Check that the folder exists and that your account can read and write it, then start Undertone again.", innerException)
            : new($"Undertone could not read its database file at '{path}'. The file has not been changed or deleted. "
                + "If you have a backup, close Undertone and put the backup in its place; otherwise move this file "
                + "somewhere safe and start Undertone again to begin with an empty journal.", innerException);
}

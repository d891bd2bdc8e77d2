using System.Text;
using Microsoft.Data.Sqlite;

namespace Undertone.Data;

/// <summary>
/// The one place that decides what a failed store call means. A failure of the file, the disk or the lock is a
/// <see cref="StorageProblem"/>; anything else is a bug. SQLite's codes are read from the exception itself or from
/// one it wraps (EF wraps them in <c>DbUpdateException</c>).
/// </summary>
public static class StorageFailure
{
    /// <summary>The problem this failure stands for, or null when it is a bug.</summary>
    public static StorageProblem? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case JournalLockedException:
                    return StorageProblem.Locked;
                case Encryption.PassphraseAlreadySetException or Encryption.NoPassphraseException:
                    return StorageProblem.LockChanged;
                case SqliteException sqlite:
                    return FromSqliteCode(sqlite.SqliteErrorCode);
            }
        }

        return null;
    }

    /// <summary>
    /// The failure for a log: each exception's type, SQLite code and stack trace, but never its message, which can
    /// carry what the user wrote (SQLite echoes search words, for one).
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current != exception)
            {
                text.AppendLine("--- caused by ---");
            }

            text.Append(current.GetType().FullName);
            if (current is SqliteException sqlite)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $" (SQLite error {sqlite.SqliteErrorCode}, extended {sqlite.SqliteExtendedErrorCode})");
            }

            text.AppendLine();
            text.AppendLine(current.StackTrace);
        }

        return text.ToString();
    }

    // https://sqlite.org/rescode.html: the primary codes that mean "not now", not "wrong".
    private static StorageProblem? FromSqliteCode(int code) => code switch
    {
        5 or 6 => StorageProblem.Busy,
        8 => StorageProblem.ReadOnly,
        10 => StorageProblem.IoError,
        13 => StorageProblem.DiskFull,
        14 => StorageProblem.CannotOpen,
        _ => null,
    };
}

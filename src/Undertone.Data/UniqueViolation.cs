using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data;

/// <summary>
/// Recognises a save refused because a row with the same unique key is already there — usually the same thing
/// created a moment earlier in another tab (a theme name, an "addressed" mark).
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        };
    }
}

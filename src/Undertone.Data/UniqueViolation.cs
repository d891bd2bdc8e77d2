using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data;

/// <summary>
/// Recognises a save refused because a row with the same unique key is already there — usually the same thing
/// created a moment earlier in another tab (a theme name, an "addressed" mark). SQLite says so with its extended
/// codes; PostgreSQL (server mode) with SQLSTATE 23505.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite is
            {
                SqliteErrorCode: SqliteConstraint,
                SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            },
            DbException { SqlState: PostgresUniqueViolation } => true,
            _ => false,
        };
    }
}

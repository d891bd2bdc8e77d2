using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data;

/// <summary>
/// Recognises a save refused because a row it links to was deleted a moment earlier, usually in another tab: a theme
/// that went with the last recap carrying it (<see cref="Journal.RecapThemes"/>) while this save was adding it to another
/// recap. SQLite says so with its extended code; PostgreSQL (server mode) with SQLSTATE 23503.
/// </summary>
public static class MissingLink
{
    private const int SqliteConstraintForeignKey = 787;
    private const string PostgresForeignKeyViolation = "23503";

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
            DbException { SqlState: PostgresForeignKeyViolation } => true,
            _ => false,
        };
    }
}

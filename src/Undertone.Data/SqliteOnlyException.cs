using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Undertone.Data;

/// <summary>
/// A feature built on SQLite alone (its full-text index, <c>VACUUM</c>, its file) asked of the PostgreSQL database of
/// server mode, where it does not exist yet. The one list of such features is <see cref="Feature"/>'s values; each
/// checks with <see cref="ThrowUnlessSqlite"/> before any SQL runs, so the PostgreSQL path never runs SQLite's SQL.
/// </summary>
public sealed class SqliteOnlyException : NotSupportedException
{
    public SqliteOnlyException()
    {
    }

    public SqliteOnlyException(string message)
        : base(message)
    {
    }

    public SqliteOnlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Which feature was asked for, in words a log can carry (never what the user wrote).</summary>
    public string Feature { get; private init; } = string.Empty;

    /// <summary>Throws unless <paramref name="database"/> is the local SQLite journal.</summary>
    public static void ThrowUnlessSqlite(DatabaseFacade database, string feature)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            throw new SqliteOnlyException(
                $"{feature} works only on the local SQLite journal; server mode on PostgreSQL does not have it yet (issue 18).")
            {
                Feature = feature,
            };
        }
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data.Encryption;

/// <summary>
/// Gives every connection EF opens the journal's raw data key (never the passphrase), or refuses to open one while
/// the journal is locked.
/// </summary>
internal sealed class JournalKeyInterceptor(JournalLock journalLock) : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ApplyKey(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ApplyKey(connection);
        return ValueTask.FromResult(result);
    }

    private void ApplyKey(DbConnection connection)
    {
        var password = journalLock.ConnectionPassword ?? string.Empty;
        var builder = new SqliteConnectionStringBuilder(connection.ConnectionString);
        if (!string.Equals(builder.Password, password, StringComparison.Ordinal))
        {
            builder.Password = password;
            connection.ConnectionString = builder.ToString();
        }
    }
}

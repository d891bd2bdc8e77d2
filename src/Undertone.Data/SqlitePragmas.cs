using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas every time EF opens a connection: a saved recap must survive a crash
/// or power loss (<c>synchronous=FULL</c>), a second writer waits instead of failing (<c>busy_timeout</c>), and what
/// the user deletes is overwritten in the file, not just unlinked (<c>secure_delete</c>).
/// WAL mode is a property of the file and is set once, by <see cref="UndertoneDatabase"/>.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5_000;

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

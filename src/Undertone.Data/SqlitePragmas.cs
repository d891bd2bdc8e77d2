using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas every time EF opens a connection: a saved recap must survive a crash
/// or power loss (<c>synchronous=FULL</c>), a second writer waits instead of failing (<c>busy_timeout</c>), and what
/// the user deletes is overwritten in the file, not just unlinked (<c>secure_delete</c>), and each connection keeps up
/// to 8 MB of pages in memory (<c>cache_size</c>; SQLite's default is 2 MB). The larger cache matters for a locked
/// journal: every page read from an encrypted file is decrypted again, and a recap save reads many search-index pages
/// (docs/benchmarks.md, "Encryption at rest": with 2 MB a save took 1.5 × as long encrypted; with 8 MB no longer).
/// The <c>-wal</c> stays small: SQLite copies it into the file once it holds 256 pages (1 MiB; the default is 1,000)
/// and cuts it back to 1 MiB when it starts over (<c>journal_size_limit</c>; without it the file keeps its largest size).
/// WAL mode is a property of the file and is set once, by <see cref="UndertoneDatabase"/>.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5_000;

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA cache_size=-8000; PRAGMA wal_autocheckpoint=256; PRAGMA journal_size_limit=1048576;";

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

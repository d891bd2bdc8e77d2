using Npgsql;

namespace Undertone.Data.Postgres.Accounts;

/// <summary>
/// PostgreSQL tells every instance of Undertone on the database when an account's security stamp changes (signing out,
/// a new password, codes turned on or off) or the account is deleted: triggers on <c>Accounts</c> (migration
/// <c>NotifyAccountChanges</c>) send the account's id on <see cref="Channel"/> when the change commits, whoever made it.
/// An instance hears them on one connection of its own (<see cref="ListenAsync"/>), so its open tabs end at once.
/// The notice carries the id only: nothing about the person, and nothing a listener could not look up itself.
/// </summary>
public static class AccountChangeNotices
{
    /// <summary>The <c>LISTEN</c>/<c>NOTIFY</c> channel.</summary>
    public const string Channel = "undertone_account_changed";

    /// <summary>The listening connection's <c>application_name</c>, so it can be told apart in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "Undertone account changes";

    /// <summary>
    /// Opens a connection, listens, calls <paramref name="listening"/> once it does (with the PostgreSQL backend's process
    /// id, as <c>pg_stat_activity</c> shows it), and then <paramref name="changed"/>
    /// with each changed account's id until <paramref name="cancellationToken"/> is cancelled. Throws when the
    /// connection fails or is lost (the caller connects again); notices sent meanwhile are not kept by PostgreSQL.
    /// </summary>
    public static async Task ListenAsync(string connectionString, Action<int> listening, Action<Guid> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listening);
        ArgumentNullException.ThrowIfNull(changed);
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, // held for as long as the instance runs, and never handed back still listening
            ApplicationName = ApplicationName,
            KeepAlive = 30, // a connection that silently died is noticed while waiting, and connected again
        };
        var connection = new NpgsqlConnection(settings.ToString());
        await using (connection.ConfigureAwait(false))
        {
            connection.Notification += (_, notice) =>
            {
                if (Guid.TryParse(notice.Payload, out var accountId))
                {
                    changed(accountId);
                }
            };
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"LISTEN {Channel};", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            listening(connection.ProcessID);
            while (true)
            {
                await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

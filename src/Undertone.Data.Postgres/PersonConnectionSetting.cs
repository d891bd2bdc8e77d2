using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Undertone.Data.Ownership;

namespace Undertone.Data.Postgres;

/// <summary>
/// Tells PostgreSQL whose journal each connection is for, every time EF opens one (a pooled connection is opened
/// again for each context, so the setting always matches the context's person). Row-level security reads it back
/// (<see cref="OwnerRowSecurity"/>): with an empty setting (nobody signed in) no row is readable or writable.
/// </summary>
public sealed class PersonConnectionSetting(ICurrentPerson person) : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('" + OwnerRowSecurity.PersonSetting + "', @person, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = Command(connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "person";
        parameter.Value = person.Id?.ToString("D", CultureInfo.InvariantCulture) ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}

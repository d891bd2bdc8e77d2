using Microsoft.EntityFrameworkCore;
using Undertone.Data.Agreements;
using Undertone.Data.Journal;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres.Journal;

namespace Undertone.Data.Postgres;

/// <summary>How server mode opens, checks and migrates its PostgreSQL database. The same context and stores as local mode.</summary>
public static class UndertonePostgres
{
    /// <summary>
    /// EF Core on PostgreSQL for <paramref name="person"/>: the owner model and filter (<see cref="PersonOptions"/>),
    /// the person's id on every connection (<see cref="PersonConnectionSetting"/>), the same save stamps as local mode,
    /// search on PostgreSQL (<see cref="PostgresJournalSearch"/>) and this project's migrations.
    /// </summary>
    public static DbContextOptionsBuilder UseUndertonePostgres(this DbContextOptionsBuilder options, string connectionString, ICurrentPerson person)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(UndertonePostgres).Assembly.GetName().Name))
            .UseCurrentPerson(person, OwnerRowSecurity.CurrentPersonSql)
            .UseJournalSearchEngine(new PostgresJournalSearch())
            .AddInterceptors(new PersonConnectionSetting(person), new SessionMaterialStamp(), new VersionStamp());
        return options;
    }

    /// <summary>Options for a context outside dependency injection (tools, tests).</summary>
    public static DbContextOptions<UndertoneDbContext> CreateOptions(string connectionString, ICurrentPerson person)
    {
        var options = new DbContextOptionsBuilder<UndertoneDbContext>();
        options.UseUndertonePostgres(connectionString, person);
        return options.Options;
    }

    /// <summary>
    /// Refuses a role that row-level security would not bind (<see cref="UnsafeDatabaseRoleException"/>), then applies
    /// the migrations.
    /// </summary>
    public static async Task MigrateAsync(UndertoneDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = await db.Database
            .SqlQuery<string>($"SELECT rolname || ':' || (rolsuper OR rolbypassrls)::text AS \"Value\" FROM pg_roles WHERE rolname = current_user")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (role.EndsWith(":true", StringComparison.Ordinal))
        {
            throw new UnsafeDatabaseRoleException(
                $"Undertone connects to PostgreSQL as '{role[..role.LastIndexOf(':')]}', a superuser or a role that bypasses row-level security. " +
                "Each journal is sealed off by row-level security, which such a role skips. Connect as an ordinary role that owns the database instead.");
        }

        await PostgresMigrations.RunAsync(db, cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.EntityFrameworkCore.Migrations;
using Undertone.Data.Ownership;

namespace Undertone.Data.Postgres;

/// <summary>
/// PostgreSQL's half of "each journal sealed off": row-level security on every table with an owner, so a query that
/// misses EF's filter (raw SQL, <c>IgnoreQueryFilters</c>, a bug) still sees and changes only the rows of the person
/// the connection was opened for (<see cref="PersonConnectionSetting"/>). <c>FORCE</c> makes it apply to the tables'
/// owner too, which is the role the app connects and migrates as; superusers and <c>BYPASSRLS</c> roles skip it
/// always, so the app refuses to run as one (<see cref="UndertonePostgres.MigrateAsync"/>).
/// </summary>
public static class OwnerRowSecurity
{
    /// <summary>The per-connection setting that names the person (a uuid, or empty for nobody).</summary>
    public const string PersonSetting = "undertone.person_id";

    /// <summary>The person the connection is for, as SQL: null (matching no row) while nobody is signed in.</summary>
    public const string CurrentPersonSql = "NULLIF(current_setting('" + PersonSetting + "', true), '')::uuid";

    /// <summary>The policy's name on every owned table.</summary>
    public const string PolicyName = "only_the_owner";

    /// <summary>Seals <paramref name="table"/>: call it in the migration that creates a table with an owner column.</summary>
    public static void EnableOwnerRowSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var owner = $"\"{OwnershipModel.OwnerIdProperty}\" = {CurrentPersonSql}";
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" ENABLE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY {PolicyName} ON \"{table}\" USING ({owner}) WITH CHECK ({owner});");
    }

    /// <summary>Undoes <see cref="EnableOwnerRowSecurity"/> (a migration's Down).</summary>
    public static void DisableOwnerRowSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"DROP POLICY IF EXISTS {PolicyName} ON \"{table}\";");
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" NO FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" DISABLE ROW LEVEL SECURITY;");
    }
}

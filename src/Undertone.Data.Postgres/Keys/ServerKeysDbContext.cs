using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Postgres.Keys;

/// <summary>
/// Server mode's ASP.NET Core Data Protection keys (they sign the sign-in cookie and the antiforgery tokens), in the
/// same PostgreSQL database as the journals, so that every instance of Undertone reads and trusts the same keys.
/// A table of its own (<c>DataProtectionKeys</c>), with its own migrations and history table, and no row-level
/// security: the keys belong to the server, not to a person, and are needed before anyone is signed in
/// (docs/decisions/014, "More than one instance"). Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --context ServerKeysDbContext --output-dir Keys/Migrations --project src/Undertone.Data.Postgres --startup-project src/Undertone.Data.Postgres</c>.
/// </summary>
public sealed class ServerKeysDbContext(DbContextOptions<ServerKeysDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Where EF keeps the keys' migration history, apart from the journal's and the accounts'.</summary>
    public const string MigrationsHistoryTable = "__KeysMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

using Microsoft.EntityFrameworkCore.Design;
using Undertone.Data.Ownership;

namespace Undertone.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the server-mode context without a database:
/// <c>dotnet ef migrations add &lt;DescriptiveName&gt; --project src/Undertone.Data.Postgres --startup-project src/Undertone.Data.Postgres</c>.
/// A migration that creates a table with an owner column must also call <see cref="OwnerRowSecurity.EnableOwnerRowSecurity"/>
/// (a test checks every owned table).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<UndertoneDbContext>
{
    public UndertoneDbContext CreateDbContext(string[] args) =>
        new(UndertonePostgres.CreateOptions("Host=localhost;Database=undertone_design", new KnownPerson(null)));
}

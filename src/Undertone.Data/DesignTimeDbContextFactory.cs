using Microsoft.EntityFrameworkCore.Design;

namespace Undertone.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<UndertoneDbContext>
{
    public UndertoneDbContext CreateDbContext(string[] args) =>
        new(UndertoneDatabase.CreateOptions(Path.Combine(Path.GetTempPath(), "undertone-design.db")));
}

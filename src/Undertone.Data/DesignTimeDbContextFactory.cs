using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Undertone.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<UndertoneDbContext>
{
    public UndertoneDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<UndertoneDbContext>();
        options.UseUndertoneSqlite(Path.Combine(Path.GetTempPath(), "undertone-design.db"));
        return new UndertoneDbContext(options.Options);
    }
}

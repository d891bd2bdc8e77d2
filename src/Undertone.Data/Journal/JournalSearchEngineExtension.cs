using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Undertone.Data.Journal;

/// <summary>Carries a database's search engine in its context options (<see cref="JournalSearchOptions"/>).</summary>
internal sealed class JournalSearchEngineExtension(IJournalSearchEngine engine) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public IJournalSearchEngine Engine { get; } = engine;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "JournalSearchEngine ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Undertone:JournalSearchEngine"] = "1";
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Undertone.Data;

/// <summary>
/// A context-options extension that only carries something into every <see cref="UndertoneDbContext"/> made from the
/// options (the search engine, the current person): it adds no services and has nothing to validate. Two options
/// share one EF service provider (and so one cached model) when they carry the same kind of extension with the same
/// <see cref="ServiceProviderKey"/>.
/// </summary>
/// <param name="name">The name in EF's log and debug info.</param>
public abstract class CarrierOptionsExtension(string name) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this, name);

    /// <summary>What makes the model differ, so the options need a service provider of their own; empty when nothing does.</summary>
    protected virtual string ServiceProviderKey => string.Empty;

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(CarrierOptionsExtension carrier, string name) : DbContextOptionsExtensionInfo(carrier)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => name + " ";

        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(carrier.ServiceProviderKey);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other.Extension is CarrierOptionsExtension same && same.GetType() == carrier.GetType()
            && string.Equals(same.ServiceProviderKey, carrier.ServiceProviderKey, StringComparison.Ordinal);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Undertone:" + name] = "1";
    }
}

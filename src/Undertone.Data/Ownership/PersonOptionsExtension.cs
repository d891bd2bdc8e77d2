using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Undertone.Data.Ownership;

/// <summary>
/// Carries the current person into every <see cref="UndertoneDbContext"/> made from these options, and switches on the
/// owner model (<see cref="OwnershipModel"/>). Options with it get their own EF service provider, so their model (with
/// owner ids) is cached apart from local mode's model (without).
/// </summary>
public sealed class PersonOptionsExtension(ICurrentPerson person, string? ownerDefaultSql) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public ICurrentPerson Person { get; } = person;

    /// <summary>SQL that gives a row inserted by hand-written SQL its owner (the database's own record of the person).</summary>
    public string? OwnerDefaultSql { get; } = ownerDefaultSql;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(PersonOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "OwnedByOnePerson ";

        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(Owned.OwnerDefaultSql ?? string.Empty);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && string.Equals(info.Owned.OwnerDefaultSql, Owned.OwnerDefaultSql, StringComparison.Ordinal);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Undertone:OwnedByOnePerson"] = "1";

        private PersonOptionsExtension Owned => (PersonOptionsExtension)Extension;
    }
}

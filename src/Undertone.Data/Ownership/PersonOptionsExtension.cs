namespace Undertone.Data.Ownership;

/// <summary>
/// Carries the current person into every <see cref="UndertoneDbContext"/> made from these options, and switches on the
/// owner model (<see cref="OwnershipModel"/>). Options with it get their own EF service provider, so their model (with
/// owner ids) is cached apart from local mode's model (without), and apart from options whose
/// <see cref="OwnerDefaultSql"/> differs.
/// </summary>
public sealed class PersonOptionsExtension(ICurrentPerson person, string? ownerDefaultSql) : CarrierOptionsExtension("OwnedByOnePerson")
{
    public ICurrentPerson Person { get; } = person;

    /// <summary>SQL that gives a row inserted by hand-written SQL its owner (the database's own record of the person).</summary>
    public string? OwnerDefaultSql { get; } = ownerDefaultSql;

    protected override string ServiceProviderKey => OwnerDefaultSql ?? string.Empty;
}

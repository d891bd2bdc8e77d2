namespace Undertone.Data.Ownership;

/// <summary>A person known in advance: a background job working on one person's journal, a test, a tool.</summary>
public sealed class KnownPerson(Guid? id) : ICurrentPerson
{
    public Guid? Id { get; } = id;
}

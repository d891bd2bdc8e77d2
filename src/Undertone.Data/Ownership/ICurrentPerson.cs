namespace Undertone.Data.Ownership;

/// <summary>
/// Whose journal a context reads and writes in server mode. Every stored row carries its person's id
/// (<see cref="OwnershipModel"/>); reads see only that person's rows and new rows get that id (<see cref="OwnerStamp"/>).
/// Local mode has no person: its one SQLite file is one person's journal, and nothing here applies.
/// </summary>
public interface ICurrentPerson
{
    /// <summary>The signed-in person's id, or null while nobody is signed in (then nothing is read and nothing saved).</summary>
    Guid? Id { get; }
}

namespace Undertone.Data.YourData;

/// <summary>
/// Something outside the database that "delete everything" must also destroy. The passphrase lock (issue 13)
/// registers one that destroys its key; <see cref="DataWipe"/> calls every registered hook after the journal's rows
/// are gone and the file is compacted. A hook that throws makes the wipe report failure (the rows stay deleted).
/// </summary>
public interface IDeleteEverythingHook
{
    Task AfterEverythingDeletedAsync(CancellationToken cancellationToken);
}

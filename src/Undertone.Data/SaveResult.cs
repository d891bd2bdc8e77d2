using Undertone.Domain;

namespace Undertone.Data;

/// <summary>The outcome of a save. On <see cref="SaveStatus.Conflict"/>, <see cref="Version"/> is the stored version.</summary>
public sealed record SaveResult(SaveStatus Status, int Id, long Version, IReadOnlyList<FieldError> Errors)
{
    public bool IsSaved => Status == SaveStatus.Saved;

    public static SaveResult Saved(int id, long version) => new(SaveStatus.Saved, id, version, []);

    public static SaveResult Invalid(int id, IReadOnlyList<FieldError> errors) => new(SaveStatus.Invalid, id, 0, errors);

    public static SaveResult Conflict(int id, long storedVersion) => new(SaveStatus.Conflict, id, storedVersion, []);

    public static SaveResult NotFound(int id) => new(SaveStatus.NotFound, id, 0, []);
}

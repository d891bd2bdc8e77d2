using Undertone.Domain;

namespace Undertone.Data.Consent;

/// <summary>The outcome of a save: the id and new version when saved, the errors by field when not.</summary>
public sealed record ScriptSaveResult(ScriptSaveStatus Status, int Id, long Version, IReadOnlyList<FieldError> Errors)
{
    public bool IsSaved => Status == ScriptSaveStatus.Saved;

    public static ScriptSaveResult Saved(int id, long version) => new(ScriptSaveStatus.Saved, id, version, []);

    public static ScriptSaveResult Invalid(int id, IReadOnlyList<FieldError> errors) => new(ScriptSaveStatus.Invalid, id, 0, errors);

    public static ScriptSaveResult Conflict(int id, long storedVersion) => new(ScriptSaveStatus.Conflict, id, storedVersion, []);

    public static ScriptSaveResult NotFound(int id) => new(ScriptSaveStatus.NotFound, id, 0, []);
}

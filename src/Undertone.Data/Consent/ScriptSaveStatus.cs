namespace Undertone.Data.Consent;

/// <summary>How a save of a script or an agreement went.</summary>
public enum ScriptSaveStatus
{
    /// <summary>Written to the database.</summary>
    Saved,

    /// <summary>Not written: something the user typed needs a change (see the errors).</summary>
    Invalid,

    /// <summary>Not written: it changed elsewhere (another tab) since it was opened. Nothing was overwritten.</summary>
    Conflict,

    /// <summary>Not written: it no longer exists (deleted elsewhere).</summary>
    NotFound,
}

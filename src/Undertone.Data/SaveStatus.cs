namespace Undertone.Data;

/// <summary>How a save of a recap, question, theme, script or agreement went.</summary>
public enum SaveStatus
{
    /// <summary>Written to the database.</summary>
    Saved,

    /// <summary>Not written: something the user typed needs a change (see the errors).</summary>
    Invalid,

    /// <summary>Not written: the item changed elsewhere since it was opened. Nothing was overwritten.</summary>
    Conflict,

    /// <summary>Not written: the item no longer exists (deleted elsewhere).</summary>
    NotFound,
}

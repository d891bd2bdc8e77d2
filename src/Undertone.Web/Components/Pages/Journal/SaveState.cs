namespace Undertone.Web.Components.Pages.Journal;

/// <summary>What the recap form's save indicator says.</summary>
public enum SaveState
{
    /// <summary>Nothing typed yet, or nothing changed since opening.</summary>
    Unchanged,

    /// <summary>Changes waiting for the autosave.</summary>
    Pending,

    Saving,

    Saved,

    /// <summary>Not saved because something needs fixing (see the field notes).</summary>
    Invalid,

    /// <summary>The save failed (for example the database was busy or the disk full). The text is kept.</summary>
    Failed,

    /// <summary>The recap was changed elsewhere since it was opened.</summary>
    Conflict,

    /// <summary>The recap was deleted elsewhere.</summary>
    Gone,
}

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>What a save of the recap asks of the page around it.</summary>
/// <param name="Saved">The recap was saved: the agreement's rules may now cover what the therapist said.</param>
/// <param name="FirstSave">It was a new recap's first save: the address can name it now.</param>
/// <param name="TherapistSaidDropped">What the therapist said was deleted elsewhere, so it went from the form too.</param>
/// <param name="SaveAgainSoon">The form has edits to save on top of the newer version: start the countdown again.</param>
public sealed record RecapSaveOutcome(bool Saved, bool FirstSave, bool TherapistSaidDropped, bool SaveAgainSoon)
{
    /// <summary>Nothing was saved, or what happened shows in the state.</summary>
    public static readonly RecapSaveOutcome Nothing = new(false, false, false, false);
}

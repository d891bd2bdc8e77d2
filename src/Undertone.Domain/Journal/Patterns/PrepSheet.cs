namespace Undertone.Domain.Journal.Patterns;

/// <summary>What goes on the one-page "bring to session" sheet.</summary>
/// <param name="Today">The day the sheet was made.</param>
/// <param name="OpenQuestions">Open questions, oldest first.</param>
/// <param name="RevisitItems">Revisit items not yet addressed, oldest first.</param>
/// <param name="TopThemes">The themes that keep coming up (in at least two sessions), most present first.</param>
/// <param name="LastSession">The latest session, or null in an empty journal.</param>
/// <param name="LastSessionNextSteps">That session's next steps, one per line as written.</param>
public sealed record PrepSheet(
    DateOnly Today,
    IReadOnlyList<RevisitEntry> OpenQuestions,
    IReadOnlyList<RevisitEntry> RevisitItems,
    IReadOnlyList<ThemeSummary> TopThemes,
    SessionRef? LastSession,
    IReadOnlyList<string> LastSessionNextSteps)
{
    /// <summary>True when there is nothing to put on the sheet yet.</summary>
    public bool IsEmpty =>
        OpenQuestions.Count == 0 && RevisitItems.Count == 0 && TopThemes.Count == 0 && LastSessionNextSteps.Count == 0;
}

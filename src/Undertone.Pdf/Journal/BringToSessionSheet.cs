using Undertone.Domain.Journal;

namespace Undertone.Pdf.Journal;

/// <summary>
/// Everything on the bring-to-session sheet. The web app fills it from the journal store and the pattern analysis
/// (open questions, revisit items not yet addressed, recurring themes, and the latest recap for its next steps).
/// </summary>
public sealed record BringToSessionSheet
{
    public required DateOnly PreparedOn { get; init; }

    /// <summary>Questions to ask, usually the open ones, oldest first.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];

    public IReadOnlyList<SheetRevisitItem> RevisitItems { get; init; } = [];

    public IReadOnlyList<SheetTheme> RecurringThemes { get; init; } = [];

    /// <summary>The most recent recap; its next steps are printed. Null when there is no recap yet.</summary>
    public Recap? LastSession { get; init; }
}

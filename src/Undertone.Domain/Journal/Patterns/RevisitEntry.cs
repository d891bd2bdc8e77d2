namespace Undertone.Domain.Journal.Patterns;

/// <summary>Something the person meant to come back to and has not marked as addressed yet.</summary>
/// <param name="Kind">A revisit line from a recap, or an open question.</param>
/// <param name="Text">The item as the person wrote it (list markers such as "- " removed).</param>
/// <param name="Since">The session date of its recap, or the day the question was written.</param>
/// <param name="AgeDays">Whole days from <paramref name="Since"/> to today (never negative).</param>
/// <param name="RecapId">The recap it comes from: always set for a revisit item, and null for a question.</param>
/// <param name="QuestionId">The question's id, for an open question; otherwise null.</param>
/// <param name="Key">What to store to mark a revisit item addressed; null for a question.</param>
public sealed record RevisitEntry(
    RevisitKind Kind,
    string Text,
    DateOnly Since,
    int AgeDays,
    int? RecapId,
    int? QuestionId,
    RevisitItemKey? Key);

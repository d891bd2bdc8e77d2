namespace Undertone.Domain.Journal;

/// <summary>Where a question for next time stands. Stored as text.</summary>
public enum QuestionStatus
{
    /// <summary>Not asked yet; shows on the next recap.</summary>
    Open,

    /// <summary>Asked in a session, answer not settled yet.</summary>
    Asked,

    /// <summary>Answered (often with a short note of the answer).</summary>
    Resolved,

    /// <summary>No longer needed.</summary>
    Dropped,
}

namespace Undertone.Domain.Journal;

/// <summary>A question to bring to a future session. Open questions carry forward to the next recap.</summary>
public sealed class Question
{
    public const int TextMaxLength = 1_000;

    public const int AnswerNoteMaxLength = 2_000;

    public int Id { get; set; }

    public string Text { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The recap the question was written from, if any (cleared if that recap is deleted).</summary>
    public int? SourceRecapId { get; set; }

    public QuestionStatus Status { get; set; } = QuestionStatus.Open;

    /// <summary>A short note of the answer, usually written when the question is resolved.</summary>
    public string AnswerNote { get; set; } = "";

    /// <summary>When the status last changed; null while the question has always been open.</summary>
    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>True for the "try it with sample entries" questions, so they can be removed in one go.</summary>
    public bool IsSample { get; set; }

    /// <summary>Optimistic concurrency token: changes on every save.</summary>
    public long Version { get; set; }
}

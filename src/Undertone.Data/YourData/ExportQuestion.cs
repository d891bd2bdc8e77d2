using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>A question for next time in <c>undertone.json</c>, with its state and answer note.</summary>
public sealed record ExportQuestion
{
    public int Id { get; init; }

    public string? Text { get; init; }

    public QuestionStatus Status { get; init; }

    public string? AnswerNote { get; init; }

    public int? SourceRecapId { get; init; }

    public bool IsSample { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StatusChangedAt { get; init; }

    public long Version { get; init; }
}

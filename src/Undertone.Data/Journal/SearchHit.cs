using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// One search result. <see cref="Snippet"/> is plain text in which each match is wrapped in
/// <see cref="JournalSearch.HighlightStart"/> and <see cref="JournalSearch.HighlightEnd"/>; render it with
/// <see cref="SnippetPart.Split"/>, never as HTML.
/// </summary>
public sealed record SearchHit(SearchHitKind Kind, int ItemId, string Snippet, DateOnly? SessionDate, string Label, QuestionStatus? Status);

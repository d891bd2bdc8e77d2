namespace Undertone.Web.Api;

/// <summary>
/// The body of <c>POST /api/questions</c> (text and, optionally, the recap it came from) and
/// <c>PUT /api/questions/{id}</c> (text, status and answer note).
/// </summary>
public sealed record QuestionRequest(string? Text, QuestionStatus? Status, string? AnswerNote, int? SourceRecapId);

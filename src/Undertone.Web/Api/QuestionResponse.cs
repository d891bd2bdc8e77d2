namespace Undertone.Web.Api;

/// <summary>A question for next time in the JSON API.</summary>
public sealed record QuestionResponse(int Id, string Text, QuestionStatus Status, string AnswerNote, int? SourceRecapId, long Version)
{
    public static QuestionResponse From(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(question.Id, question.Text, question.Status, question.AnswerNote, question.SourceRecapId, question.Version);
    }
}

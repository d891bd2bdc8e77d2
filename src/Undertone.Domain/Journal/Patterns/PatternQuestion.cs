namespace Undertone.Domain.Journal.Patterns;

/// <summary>What the pattern analysis needs to know about one "question for next time".</summary>
/// <param name="Id">The question's id, used only to link back to it.</param>
/// <param name="Text">The question as the person wrote it.</param>
/// <param name="CreatedOn">The day the question was written down.</param>
/// <param name="IsOpen">True while the question has not been asked, resolved or dropped.</param>
public sealed record PatternQuestion(int Id, string Text, DateOnly CreatedOn, bool IsOpen);

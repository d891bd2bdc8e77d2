namespace Undertone.Domain.Journal.Patterns;

/// <summary>One session on the timeline: the recap it comes from and its date.</summary>
public sealed record SessionRef(int RecapId, DateOnly SessionDate);

using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>What a delete removed, kept in memory for a short undo: the recap and the questions that came from it.</summary>
public sealed record DeletedRecap(Recap Recap, IReadOnlyList<int> QuestionIds);

namespace Undertone.Domain.Journal.Patterns;

/// <summary>Where something the person meant to come back to was written down.</summary>
public enum RevisitKind
{
    /// <summary>A line of a recap's "what I want to revisit".</summary>
    RevisitItem,

    /// <summary>A question for next time that is still open.</summary>
    OpenQuestion,
}

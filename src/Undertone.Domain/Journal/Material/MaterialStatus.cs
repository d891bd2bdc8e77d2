namespace Undertone.Domain.Journal.Material;

/// <summary>Where a piece of session material stands under its rule.</summary>
public enum MaterialStatus
{
    /// <summary>Deleted when the person says they have reviewed the recap.</summary>
    UntilReviewed,

    /// <summary>Deleted on a set day, more than a day away.</summary>
    Scheduled,

    /// <summary>Deleted within a day: the reminder shows.</summary>
    DueSoon,

    /// <summary>Past its day: the next run of the rules deletes it.</summary>
    Due,

    /// <summary>Kept until the person says therapy has ended.</summary>
    UntilTherapyEnds
}

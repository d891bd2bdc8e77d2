namespace Undertone.Data.Consent;

/// <summary>
/// Who is saving the working draft: one open builder page (<see cref="Tab"/>, a random id made when the page opens,
/// never anything the user wrote) and how many edits into its text it is (<see cref="Edit"/>, counted by the page).
/// A tab never conflicts with itself, but an older edit of the same tab never replaces a newer one.
/// </summary>
public sealed record DraftWriter(Guid Tab, long Edit)
{
    /// <summary>A save that belongs to no tab (tests, imports): only the version decides.</summary>
    public static DraftWriter None { get; } = new(Guid.Empty, 0);
}

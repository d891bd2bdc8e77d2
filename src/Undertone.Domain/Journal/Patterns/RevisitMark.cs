namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// A revisit item the person marked as addressed: the recap it is in and the item's fingerprint
/// (<see cref="RevisitItemKey"/>). Holds nothing the person wrote. Removed with its recap.
/// </summary>
public sealed class RevisitMark
{
    public int RecapId { get; set; }

    public string Fingerprint { get; set; } = "";

    public DateTimeOffset AddressedAt { get; set; }

    public RevisitItemKey Key => new(RecapId, Fingerprint);
}

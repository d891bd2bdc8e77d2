namespace Undertone.Data.YourData;

/// <summary>A "to revisit" item marked as addressed: the recap and a fingerprint of the item (no text).</summary>
public sealed record ExportRevisitMark
{
    public int RecapId { get; init; }

    public string? Fingerprint { get; init; }

    public DateTimeOffset AddressedAt { get; init; }
}

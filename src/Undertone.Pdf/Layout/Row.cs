namespace Undertone.Pdf.Layout;

/// <summary>
/// One horizontal slice of the flow: a wrapped line (maybe with a bullet beside it), a rule or a gap.
/// The paginator moves rows to pages whole; <see cref="KeepWithNext"/> rows after this one go to the same page.
/// </summary>
internal sealed class Row
{
    public required float Height { get; init; }

    /// <summary>Space above the row, dropped when the row starts a page.</summary>
    public float SpaceBefore { get; init; }

    public TextStyle Style { get; init; } = TextStyle.Body;

    public IReadOnlyList<RowText> Texts { get; init; } = [];

    public bool IsRule { get; init; }

    public int KeepWithNext { get; set; }

    public bool PageBreakBefore { get; init; }
}

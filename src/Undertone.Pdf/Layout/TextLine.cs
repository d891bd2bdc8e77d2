namespace Undertone.Pdf.Layout;

/// <summary>One wrapped line: its runs, left to right, and its width in points.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Width)
{
    /// <summary>True for the first line of a line the user typed (after a line break, or the very first).</summary>
    public bool StartsHardLine { get; init; }

    public bool IsBlank => Runs.Count == 0;

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

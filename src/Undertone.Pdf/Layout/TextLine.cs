namespace Undertone.Pdf.Layout;

/// <summary>One wrapped line: its runs, left to right, and its width in points.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Width)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

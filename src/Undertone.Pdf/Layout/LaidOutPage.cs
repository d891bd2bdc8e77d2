namespace Undertone.Pdf.Layout;

/// <summary>A finished page: text placed at baselines and horizontal rules, in page coordinates (points, y down).</summary>
internal sealed class LaidOutPage
{
    public List<PlacedText> Texts { get; } = [];

    public List<float> Rules { get; } = [];

    public string Text => string.Join('\n', Texts.Select(t => t.Line.Text));
}

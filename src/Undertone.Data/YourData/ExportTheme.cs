namespace Undertone.Data.YourData;

/// <summary>A theme in <c>undertone.json</c>; recaps name their themes, so a theme no recap carries is kept too.</summary>
public sealed record ExportTheme
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? Colour { get; init; }

    public bool IsSample { get; init; }
}

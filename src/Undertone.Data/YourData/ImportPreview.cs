namespace Undertone.Data.YourData;

/// <summary>
/// What an import would do, before it does it: how many of each kind the file holds (of themes, those its recaps carry:
/// <see cref="ExportDocument.CarriedThemes"/>), how many are already here
/// (identical, skipped by a merge) and how many differ from an item with the same id (kept side by side). When
/// <see cref="Problems"/> is not empty, nothing can be imported.
/// </summary>
public sealed record ImportPreview(
    ImportSource Source,
    int Recaps,
    int Questions,
    int Themes,
    int Scripts,
    int AlreadyHere,
    int SideBySide,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

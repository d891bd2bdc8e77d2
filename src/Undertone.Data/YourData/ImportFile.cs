namespace Undertone.Data.YourData;

/// <summary>A file read for import: the document (converted from jrnl or Day One when it came from there), or the problems that stopped the reading.</summary>
public sealed record ImportFile(ImportSource Source, string FileName, ExportDocument? Document, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The ZIP's <c>audio/</c> files by entry name (voice notes); empty for a bare JSON file.</summary>
    public IReadOnlyDictionary<string, byte[]> AudioFiles { get; init; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    public static ImportFile Refused(string fileName, string item, string field, string message) =>
        new(ImportSource.Undertone, fileName, null, [new ImportProblem(fileName, item, field, message)]);
}

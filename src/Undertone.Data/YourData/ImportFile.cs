namespace Undertone.Data.YourData;

/// <summary>A file read for import: the document (converted from jrnl or Day One when it came from there), or the problems that stopped the reading.</summary>
public sealed record ImportFile(ImportSource Source, string FileName, ExportDocument? Document, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportFile Refused(string fileName, string item, string field, string message) =>
        new(ImportSource.Undertone, fileName, null, [new ImportProblem(fileName, item, field, message)]);
}

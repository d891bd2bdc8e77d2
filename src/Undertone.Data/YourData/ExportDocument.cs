using System.Text.Json;
using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>
/// <c>undertone.json</c> as a whole, as import reads it (export writes the same shape a piece at a time). The schema
/// is docs/undertone-export.schema.json.
/// </summary>
public sealed record ExportDocument
{
    public const string FormatName = "undertone-export";

    public const int CurrentVersion = 1;

    public string? Format { get; init; }

    public int? Version { get; init; }

    public DateTimeOffset? ExportedAt { get; init; }

    public IReadOnlyList<ExportSetting>? Settings { get; init; }

    public IReadOnlyList<ExportTheme>? Themes { get; init; }

    public IReadOnlyList<ExportRecap>? Recaps { get; init; }

    public IReadOnlyList<ExportQuestion>? Questions { get; init; }

    public IReadOnlyList<ExportRevisitMark>? RevisitMarks { get; init; }

    public IReadOnlyList<ExportScript>? Scripts { get; init; }

    /// <summary>The script builder's working draft as the builder stores it, or null.</summary>
    public JsonElement? WorkingDraft { get; init; }

    /// <summary>Voice notes, their audio by reference to a file in the ZIP (<see cref="ExportVoiceNote.File"/>).</summary>
    public IReadOnlyList<ExportVoiceNote>? Audio { get; init; }

    /// <summary>
    /// The file's themes that one of its recaps carries. A theme lives only while a recap carries it, so one that none
    /// does is what was left of deleted writing (files exported before that rule) and is not brought in.
    /// </summary>
    public IReadOnlyList<ExportTheme> CarriedThemes()
    {
        var carried = (Recaps ?? []).SelectMany(r => r.Themes ?? []).Select(Theme.Normalize).ToHashSet(StringComparer.Ordinal);
        return (Themes ?? []).Where(t => carried.Contains(Theme.Normalize(t.Name ?? ""))).ToList();
    }
}

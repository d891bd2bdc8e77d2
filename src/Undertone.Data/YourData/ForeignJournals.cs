using System.Globalization;
using System.Text.Json;

namespace Undertone.Data.YourData;

/// <summary>
/// jrnl's and Day One's JSON exports as recaps: each entry becomes a recap with its text in "what came up", its tags
/// as themes (jrnl's leading <c>@</c> dropped) and its date kept.
/// </summary>
public static class ForeignJournals
{
    /// <summary>jrnl: <c>{"tags": {...}, "entries": [{"date": "2024-03-01", "time": "09:30", "title": "...", "body": "...", "tags": ["@work"]}]}</c>.</summary>
    public static ImportFile FromJrnl(JsonElement root, string fileName) =>
        Convert(root, fileName, ImportSource.Jrnl, entry =>
        {
            var date = DateOnly.TryParseExact(Text(entry, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            var title = Text(entry, "title").Trim();
            var body = Text(entry, "body").Trim();
            var text = body.Length == 0 ? title : title.Length == 0 ? body : title + "\n\n" + body;
            return (date, text, Tags(entry).Select(t => t.TrimStart('@')).ToList());
        });

    /// <summary>Day One: <c>{"metadata": {...}, "entries": [{"creationDate": "2024-03-01T09:30:00Z", "timeZone": "Europe/Berlin", "text": "...", "tags": ["work"]}]}</c>.</summary>
    public static ImportFile FromDayOne(JsonElement root, string fileName) =>
        Convert(root, fileName, ImportSource.DayOne, entry =>
        {
            DateOnly? date = null;
            if (DateTimeOffset.TryParse(Text(entry, "creationDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
            {
                var local = created;
                try
                {
                    var zone = Text(entry, "timeZone");
                    if (zone.Length > 0)
                    {
                        local = TimeZoneInfo.ConvertTime(created, TimeZoneInfo.FindSystemTimeZoneById(zone));
                    }
                }
                catch (TimeZoneNotFoundException)
                {
                }
                catch (InvalidTimeZoneException)
                {
                }

                date = DateOnly.FromDateTime(local.DateTime);
            }

            return (date, Text(entry, "text").Trim(), Tags(entry).ToList());
        });

    private static ImportFile Convert(JsonElement root, string fileName, ImportSource source, Func<JsonElement, (DateOnly? Date, string Text, List<string> Tags)> read)
    {
        if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return ImportFile.Refused(fileName, "file", "entries", "This file has no list of entries.");
        }

        var recaps = new List<ExportRecap>();
        var problems = new List<ImportProblem>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var item = $"entries[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ImportProblem(fileName, item, "entry", "This entry is not an object."));
                continue;
            }

            var (date, text, tags) = read(entry);
            if (date is null)
            {
                problems.Add(new ImportProblem(fileName, item, source == ImportSource.Jrnl ? "date" : "creationDate", "This entry has no date Undertone can read."));
                continue;
            }

            recaps.Add(new ExportRecap { SessionDate = date.Value, WhatCameUp = text, Themes = tags });
        }

        return problems.Count > 0
            ? new ImportFile(source, fileName, null, problems)
            : new ImportFile(source, fileName, new ExportDocument { Format = ExportDocument.FormatName, Version = ExportDocument.CurrentVersion, Recaps = recaps }, []);
    }

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static IEnumerable<string> Tags(JsonElement entry) =>
        entry.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim()).Where(t => t.Length > 0)
            : [];
}

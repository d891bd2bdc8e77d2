using System.Globalization;
using System.Text.Json.Nodes;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// An export with each list's ids numbered 1, 2, 3… in the order the list has them, and every reference to them
/// (a question's recap, a revisit mark's recap, a voice note's recap and file name) following along. Two exports of
/// the same journal compare equal this way even when an import on PostgreSQL gave every item a new id.
/// </summary>
public static class ExportIds
{
    public static string InOrder(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        Renumber(root, "themes");
        var recaps = Renumber(root, "recaps");
        Renumber(root, "questions");
        Renumber(root, "scripts");
        var audio = Renumber(root, "audio");
        Follow(root, "questions", "sourceRecapId", recaps);
        Follow(root, "revisitMarks", "recapId", recaps);
        Follow(root, "audio", "recapId", recaps);
        foreach (var note in List(root, "audio"))
        {
            var file = (string)note["file"]!;
            var oldId = int.Parse(file.Split('-', '.')[^2], CultureInfo.InvariantCulture);
            note["file"] = file.Replace($"-{oldId}.", $"-{audio[oldId]}.", StringComparison.Ordinal);
        }

        return root.ToJsonString();
    }

    private static Dictionary<int, int> Renumber(JsonObject root, string list)
    {
        var map = new Dictionary<int, int>();
        foreach (var item in List(root, list))
        {
            var id = (int)item["id"]!;
            map[id] = map.Count + 1;
            item["id"] = map[id];
        }

        return map;
    }

    private static void Follow(JsonObject root, string list, string field, Dictionary<int, int> map)
    {
        foreach (var item in List(root, list))
        {
            if (item[field] is JsonValue value && map.TryGetValue((int)value, out var renumbered))
            {
                item[field] = renumbered;
            }
        }
    }

    private static IEnumerable<JsonObject> List(JsonObject root, string list) =>
        root[list] is JsonArray items ? items.Select(i => i!.AsObject()) : [];
}

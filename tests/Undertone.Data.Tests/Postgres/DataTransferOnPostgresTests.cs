using System.Text.Json.Nodes;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Every export and import test, run again for one new person on server mode's PostgreSQL database. One thing differs
/// from local mode, on purpose: ids are counters shared by everyone on the server, so an import gives every item a new
/// id (the file's ids only link its items to each other), and exports are compared with each list's ids numbered in
/// order.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class DataTransferOnPostgresTests(PostgresFixture postgres) : DataTransferTests
{
    protected override PostgresFixture Postgres => postgres;

    protected override string Comparable(string json) => ExportIds.InOrder(json);

    protected override async Task<int> IdHereAsync(string fileJson, string collection, int idInFile)
    {
        // The file's items were added in order to an empty journal, so the nth item of the file is the nth here.
        var index = JsonNode.Parse(fileJson)![collection]!.AsArray().Select(item => (int)item!["id"]!).ToList().IndexOf(idInFile);
        await using var db = CreateDbContext();
        var here = collection switch
        {
            "recaps" => await db.Recaps.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(),
            "questions" => await db.Questions.OrderBy(q => q.Id).Select(q => q.Id).ToListAsync(),
            "scripts" => await db.SavedScripts.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, "Not a list with ids."),
        };
        return here[index];
    }
}

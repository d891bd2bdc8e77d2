using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Tests.Journal;

public sealed class JournalMigrationTests
{
    [Fact]
    public async Task Migrations_CreateTheSearchTableAndItsTriggers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var names = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE name LIKE '%Search%' ORDER BY name")
            .ToListAsync();

        Assert.Contains("JournalSearch", names);
        Assert.Contains("Recaps_SearchInsert", names);
        Assert.Contains("Recaps_SearchUpdate", names);
        Assert.Contains("Recaps_SearchDelete", names);
        Assert.Contains("Questions_SearchInsert", names);
        Assert.Contains("Questions_SearchUpdate", names);
        Assert.Contains("Questions_SearchDelete", names);
    }
}

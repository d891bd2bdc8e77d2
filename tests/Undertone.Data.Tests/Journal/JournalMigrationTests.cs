using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
        Assert.Contains("JournalSearchTerms", names);
        Assert.Contains("Recaps_SearchInsert", names);
        Assert.Contains("Recaps_SearchUpdate", names);
        Assert.Contains("Recaps_SearchDelete", names);
        Assert.Contains("Questions_SearchInsert", names);
        Assert.Contains("Questions_SearchUpdate", names);
        Assert.Contains("Questions_SearchDelete", names);
    }

    [Fact]
    public async Task SearchTermsMigration_RollsBackAndForth()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync("AddSavedScriptsAgreementsAndDraft");
        Assert.Equal(0, await CountAsync(db, "JournalSearchTerms"));
        await migrator.MigrateAsync();

        Assert.Equal(1, await CountAsync(db, "JournalSearchTerms"));
        Assert.Equal(1, await CountAsync(db, "JournalSearch"));
    }

    private static Task<int> CountAsync(UndertoneDbContext db, string name) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM sqlite_master WHERE name = {name}").SingleAsync();
}

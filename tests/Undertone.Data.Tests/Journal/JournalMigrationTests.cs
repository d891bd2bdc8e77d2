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

    [Fact]
    public async Task ThemesNoRecapCarries_LeftBehindBefore_AreDeletedByTheMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await db.GetService<IMigrator>().MigrateAsync("UseExternalContentSearchIndex");
        // As the app used to leave them: a recap with its theme, and a theme whose recap was deleted.
        var recaps = new RecapStore(database, TimeProvider.System);
        await recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Words", ThemeNames = ["Kept"] }, 0);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO Themes (Name, NormalizedName, IsSample) VALUES ('Leftovercanary', 'LEFTOVERCANARY', 0);");

        await db.GetService<IMigrator>().MigrateAsync();

        Assert.Equal([("Kept", 1)], (await new ThemeStore(database).ListThemesAsync()).Select(t => (t.Name, t.RecapCount)));
    }

    private static Task<int> CountAsync(UndertoneDbContext db, string name) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM sqlite_master WHERE name = {name}").SingleAsync();
}

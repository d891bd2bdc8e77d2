using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;
using Undertone.TestSupport.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// The migration that deletes the themes no recap carries, on a PostgreSQL database of its own (it migrates down and up):
/// it reaches every person's journal past row-level security, keeps the themes in use, and leaves both tables forcing
/// row-level security again.
/// </summary>
public sealed class ThemeMigrationOnPostgresTests
{
    [Fact]
    public async Task ThemesNoRecapCarries_AreDeletedInEveryJournal_AndRowSecurityIsForcedAgain()
    {
        await using var database = await PostgresDatabase.CreateAsync("undertone_themes_", "the theme migration test on PostgreSQL");
        DbContextOptions<UndertoneDbContext> For(Guid? person) => UndertonePostgres.CreateOptions(database.ConnectionString, new KnownPerson(person));
        await using (var nobody = new UndertoneDbContext(For(null)))
        {
            await nobody.GetService<IMigrator>().MigrateAsync("KeepSearchVectorsInline");
        }

        // As the app used to leave them, in two people's journals: a recap with its theme, and a theme left behind.
        Guid[] people = [Guid.NewGuid(), Guid.NewGuid()];
        foreach (var person in people)
        {
            var draft = new RecapDraft { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Words", ThemeNames = ["Kept"] };
            Assert.True((await new RecapStore(new PersonJournal(For(person)), TimeProvider.System).SaveRecapAsync(null, draft, 0)).IsSaved);
            await using var db = new UndertoneDbContext(For(person));
            db.Themes.Add(new Theme { Name = "Leftover" });
            await db.SaveChangesAsync();
        }

        await using (var nobody = new UndertoneDbContext(For(null)))
        {
            await UndertonePostgres.MigrateAsync(nobody);
            var forced = await nobody.Database
                .SqlQuery<bool>($"SELECT bool_and(relforcerowsecurity) AS \"Value\" FROM pg_class WHERE relname IN ('Themes', 'RecapThemes')")
                .SingleAsync();
            Assert.True(forced);
        }

        foreach (var person in people)
        {
            Assert.Equal([("Kept", 1)], (await new ThemeStore(new PersonJournal(For(person))).ListThemesAsync()).Select(t => (t.Name, t.RecapCount)));
        }
    }
}

using Npgsql;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// The adversary's view: B's connection with EF's filter turned off (<c>IgnoreQueryFilters</c>) or with hand-written
/// SQL, trying to read, count, change, delete or plant rows in A's journal. PostgreSQL's row-level security, not the
/// app, is what stops it here.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class RowSecurityTests(PostgresFixture postgres)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WithTheFilterOff_BSeesNoneOfAsRows_InAnyTable()
    {
        var a = await PersonWithEverythingAsync();
        await using var asB = postgres.For(Guid.NewGuid());
        await using var asA = postgres.For(a);

        Assert.Equal(0, await CountEverythingAsync(asB));
        Assert.Equal(11, await CountEverythingAsync(asA)); // one row in each of the eleven tables
    }

    [Fact]
    public async Task WithRawSql_BCanNeitherReadNorChangeNorDeleteAsRows()
    {
        var a = await PersonWithEverythingAsync();
        await using var asB = postgres.For(Guid.NewGuid());

        var seen = await asB.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"Recaps\" WHERE \"WhatCameUp\" LIKE '%secret%'").SingleAsync();
        var changed = await asB.Database.ExecuteSqlAsync($"UPDATE \"Recaps\" SET \"WhatCameUp\" = 'B was here'");
        var moved = await asB.Database.ExecuteSqlAsync($"UPDATE \"Recaps\" SET \"OwnerId\" = {Guid.NewGuid()}");
        var deleted = await asB.Database.ExecuteSqlAsync($"DELETE FROM \"Questions\"");
        var deletedThemes = await asB.Database.ExecuteSqlAsync($"DELETE FROM \"Themes\"");

        Assert.Equal((0, 0, 0, 0, 0), (seen, changed, moved, deleted, deletedThemes));
        await using var asA = postgres.For(a);
        Assert.Equal("A's secret words", (await asA.Recaps.SingleAsync()).WhatCameUp);
        Assert.Equal(1, await asA.Questions.CountAsync());
        Assert.Equal(1, await asA.Themes.CountAsync());
    }

    [Fact]
    public async Task WithRawSql_BCannotPlantARowInAsJournal()
    {
        var a = await PersonWithEverythingAsync();
        await using var asB = postgres.For(Guid.NewGuid());

        var planted = await Assert.ThrowsAsync<PostgresException>(() => asB.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Questions\" (\"Text\", \"AnswerNote\", \"Status\", \"CreatedAt\", \"IsSample\", \"Version\", \"OwnerId\") VALUES ('planted', '', 'Open', now(), false, 1, {a})"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, planted.SqlState); // "new row violates row-level security policy"

        await using var asA = postgres.For(a);
        Assert.Equal(1, await asA.Questions.CountAsync());
    }

    [Fact]
    public async Task WithNobodyOnTheConnection_RawSqlSeesNothing()
    {
        await PersonWithEverythingAsync();
        await using var nobody = postgres.Nobody();

        Assert.Equal(0, await CountEverythingAsync(nobody));
        Assert.Equal(0, await nobody.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"Recaps\"").SingleAsync());
    }

    [Fact]
    public async Task ThePersonSetting_FollowsEachContext_OnPooledConnections()
    {
        var a = await PersonWithEverythingAsync();
        for (var i = 0; i < 5; i++)
        {
            // The same pooled physical connection serves A, then B, then A: each open names its own person.
            await using (var asA = postgres.For(a))
            {
                Assert.Equal(1, await asA.Recaps.IgnoreQueryFilters().CountAsync());
            }

            await using (var asB = postgres.For(Guid.NewGuid()))
            {
                Assert.Equal(0, await asB.Recaps.IgnoreQueryFilters().CountAsync());
            }
        }
    }

    [Fact]
    public async Task TheAppsRole_IsNoSuperuser_AndDoesNotBypassRowSecurity()
    {
        await using var db = postgres.Nobody();

        var role = await db.Database.SqlQuery<string>(
            $"SELECT (rolsuper::text || ',' || rolbypassrls::text) AS \"Value\" FROM pg_roles WHERE rolname = current_user").SingleAsync();

        Assert.Equal("false,false", role);
    }

    [Fact]
    public async Task EveryTableWithAnOwner_HasForcedRowSecurity_AndTheOwnerPolicy()
    {
        await using var db = postgres.Nobody();
        var owned = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();

        var sealedTables = await db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            WHERE c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity
              AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = {OwnerRowSecurity.PolicyName} AND p.cmd = 'ALL')
              AND EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_name = c.relname AND col.column_name = {OwnershipModel.OwnerIdProperty})
            """).ToListAsync();
        var withOwnerColumn = await db.Database.SqlQuery<string>($"""
            SELECT table_name AS "Value" FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name = {OwnershipModel.OwnerIdProperty}
            """).ToListAsync();

        Assert.Equal(11, owned.Count);
        Assert.Equal(owned, sealedTables.Order(StringComparer.Ordinal));
        Assert.Equal(owned, withOwnerColumn.Order(StringComparer.Ordinal));
    }

    /// <summary>A person with one row in every table: recap (with a theme), question, revisit mark, voice note and chunk, script, agreement, draft, setting.</summary>
    private async Task<Guid> PersonWithEverythingAsync()
    {
        var person = new OnePerson(postgres, _clock);
        var recap = await person.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = new DateOnly(2026, 11, 24), WhatCameUp = "A's secret words", ToRevisit = "the letter", ThemeNames = ["grief"] }, 0);
        Assert.True(recap.IsSaved);
        Assert.True((await person.Questions.AddQuestionAsync("A's secret question")).IsSaved);
        var revisit = (await person.Patterns.GetReportAsync()).Revisit.Single(r => r.Key is not null);
        await person.Patterns.MarkAddressedAsync(revisit.Key!);
        var note = (await person.VoiceNotes.StartAsync(recap.Id, "audio/webm;codecs=opus"))!;
        Assert.Equal(ChunkResult.Saved, await person.VoiceNotes.AppendAsync(note.Id, 0, [1, 2, 3], 1000));
        var script = await person.Scripts.SaveScriptAsync(null, new SavedScriptInput("A's message", new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }, "Could I keep a recap?", true, [], ""), 0);
        Assert.True(script.IsSaved);
        Assert.True((await person.Scripts.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = new DateOnly(2026, 11, 24), Answer = AgreementAnswer.Yes }, 0)).IsSaved);
        Assert.True((await person.Scripts.SaveDraftTextAsync("A's draft", 0, new DraftWriter(Guid.NewGuid(), 1), new ConsentAsk())).IsSaved);
        await person.Settings.SetAsync("theme", "dark");
        return person.Id;
    }

    private static async Task<int> CountEverythingAsync(UndertoneDbContext db) =>
        await db.Recaps.IgnoreQueryFilters().CountAsync()
        + await db.Questions.IgnoreQueryFilters().CountAsync()
        + await db.Themes.IgnoreQueryFilters().CountAsync()
        + await db.Set<Dictionary<string, object>>("RecapThemes").IgnoreQueryFilters().CountAsync()
        + await db.RevisitMarks.IgnoreQueryFilters().CountAsync()
        + await db.VoiceNotes.IgnoreQueryFilters().CountAsync()
        + await db.VoiceNoteChunks.IgnoreQueryFilters().CountAsync()
        + await db.SavedScripts.IgnoreQueryFilters().CountAsync()
        + await db.ScriptAgreements.IgnoreQueryFilters().CountAsync()
        + await db.ScriptDrafts.IgnoreQueryFilters().CountAsync()
        + await db.Settings.IgnoreQueryFilters().CountAsync();
}

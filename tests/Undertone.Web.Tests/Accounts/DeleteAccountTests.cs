using Npgsql;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// "Delete my account and everything in it": only with the password and the words typed, every row of A's goes and
/// every row of B's stays (counted with raw SQL as the app's ordinary database role, one person at a time), A is
/// signed out, and the owner cannot leave the others without an owner; what lands after the account went is emptied by
/// the closed-account sweep.
/// </summary>
public sealed class DeleteAccountTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    private static readonly string[] OwnedTables =
    [
        "Recaps", "SavedScripts", "ScriptDrafts", "Settings", "Themes", "Questions", "RevisitMarks",
        "VoiceNotes", "ScriptAgreements", "RecapThemes", "VoiceNoteChunks",
    ];

    [Fact]
    public async Task DeletingAsAccount_RemovesAllOfAsRows_AndNoneOfBs()
    {
        var (a, personA) = await app.SignedInPersonAsync("a");
        var (b, personB) = await app.SignedInPersonAsync("b");
        foreach (var client in new[] { a, b })
        {
            await WriteJournalAsync(client);
        }

        var bBefore = await CountRowsAsync(personB);
        Assert.True(bBefore.Values.Sum() >= 5);
        Assert.Equal(bBefore, await CountRowsAsync(personA));

        var wrongPassword = await ServerModeFactory.PostFormAsync(a, DeleteAccountEndpoints.Path, Delete("not my password at all", AccountRules.DeleteConfirmation));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        var noWords = await ServerModeFactory.PostFormAsync(a, DeleteAccountEndpoints.Path, Delete(ServerModeFactory.Password, "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, noWords.StatusCode);
        Assert.Contains("please type the words", WebUtility.HtmlDecode(await noWords.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var forged = await a.PostAsync(DeleteAccountEndpoints.Path, new FormUrlEncodedContent(Delete(ServerModeFactory.Password, AccountRules.DeleteConfirmation)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(bBefore, await CountRowsAsync(personA)); // nothing gone yet

        var deleted = await ServerModeFactory.PostFormAsync(a, DeleteAccountEndpoints.Path, Delete(ServerModeFactory.Password, AccountRules.DeleteConfirmation));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.All((await CountRowsAsync(personA)).Values, count => Assert.Equal(0, count));
        Assert.Equal(bBefore, await CountRowsAsync(personB));
        Assert.Equal(HttpStatusCode.Unauthorized, (await a.GetAsync("/api/recaps")).StatusCode);
        Assert.Contains("Your account and everything in it are deleted", WebUtility.HtmlDecode(await a.GetStringAsync(deleted.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Contains("b-5e7f", await b.GetStringAsync("/api/recaps"), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AnyAsync(u => u.Id == personA));
    }

    /// <summary>
    /// A save already on its way when the account went (an open tab's autosave before it checks its session again, a
    /// slow upload) lands after the wipe, under an id nobody can sign in as: the sweep empties that journal again, and
    /// touches no one else's.
    /// </summary>
    [Fact]
    public async Task ASaveThatLandsAfterTheAccountWent_IsEmptiedByTheSweep_AndNobodyElsesRows()
    {
        var (a, personA) = await app.SignedInPersonAsync("late");
        var (b, personB) = await app.SignedInPersonAsync("stays");
        await WriteJournalAsync(b);
        var bBefore = await CountRowsAsync(personB);
        var deleted = await ServerModeFactory.PostFormAsync(a, DeleteAccountEndpoints.Path, Delete(ServerModeFactory.Password, AccountRules.DeleteConfirmation));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await SaveAsAsync(personA, new RecapDraft { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "Latecanary words", ThemeNames = ["Latecanary"] });
        var landed = await CountRowsAsync(personA);
        Assert.Equal((1, 1), (landed["Recaps"], landed["Themes"]));

        Assert.True(await app.Services.GetRequiredService<ClosedAccountSweep>().RunOnceAsync() >= 1);

        Assert.All((await CountRowsAsync(personA)).Values, count => Assert.Equal(0, count));
        Assert.Equal(bBefore, await CountRowsAsync(personB));
    }

    [Fact]
    public async Task TheSweep_ForgetsADeletedAccountsId_AfterADay_AndNeverEmptiesALiveAccount()
    {
        var (live, livePerson) = await app.SignedInPersonAsync("live");
        await WriteJournalAsync(live);
        var liveBefore = await CountRowsAsync(livePerson);
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var now = DateTimeOffset.UtcNow;
            accounts.ClosedAccounts.AddRange(
                new ClosedAccount { Id = old, ClosedAt = now - ClosedAccountSweep.KeepFor - TimeSpan.FromMinutes(1) },
                new ClosedAccount { Id = recent, ClosedAt = now },
                new ClosedAccount { Id = livePerson, ClosedAt = now }); // as if its deletion had failed half-way
            await accounts.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<ClosedAccountSweep>().RunOnceAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var kept = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().ClosedAccounts.Select(c => c.Id).ToListAsync();
            Assert.DoesNotContain(old, kept);
            Assert.Contains(recent, kept);
        }

        Assert.Equal(liveBefore, await CountRowsAsync(livePerson));
    }

    // A save as it would run for a request or circuit of that person (its own async flow, so the person goes with it).
    private async Task SaveAsAsync(Guid person, RecapDraft draft)
    {
        SignedInPerson.Set(person);
        Assert.True((await app.Services.GetRequiredService<RecapStore>().SaveRecapAsync(null, draft, 0)).IsSaved);
    }

    [Fact]
    public async Task TheOwner_CannotDeleteTheirAccount_WhileOthersHaveOne()
    {
        var (owner, ownerId) = await app.SignedInPersonAsync("owner", isOwner: true);
        await app.SignedInPersonAsync("guest");

        var page = WebUtility.HtmlDecode(await owner.GetStringAsync(DeleteAccountEndpoints.Path));
        Assert.Contains("You're the owner of this Undertone", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        var tried = await ServerModeFactory.PostFormAsync(owner, DeleteAccountEndpoints.Path, Delete(ServerModeFactory.Password, AccountRules.DeleteConfirmation), PasswordEndpoints.Path);

        Assert.Equal(HttpStatusCode.Conflict, tried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/recaps")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AnyAsync(u => u.Id == ownerId));
    }

    /// <summary>A bit of everything through the JSON API: recaps with themes, a question, a setting.</summary>
    private static async Task WriteJournalAsync(HttpClient client)
    {
        for (var i = 0; i < 2; i++)
        {
            var recap = await client.PostAsJsonAsync("/api/recaps", new { sessionDate = "2026-11-2" + i, whatCameUp = "b-5e7f walk " + i, themes = new[] { "theme-5e7f-" + i } });
            Assert.Equal(HttpStatusCode.Created, recap.StatusCode);
            var id = (await recap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/questions", new { text = "ask 5e7f", sourceRecapId = id })).StatusCode);
        }
    }

    /// <summary>Rows per table that belong to <paramref name="person"/>, counted with raw SQL as the app's role (no superuser).</summary>
    private async Task<Dictionary<string, long>> CountRowsAsync(Guid person)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("SELECT set_config('undertone.person_id', @person, false)", connection))
        {
            set.Parameters.AddWithValue("person", person.ToString());
            await set.ExecuteScalarAsync();
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in OwnedTables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE \"OwnerId\" = @person", connection);
            count.Parameters.AddWithValue("person", person);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static Dictionary<string, string> Delete(string password, string words) => new() { ["Password"] = password, ["Confirmation"] = words };
}

using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Invite links, attacked: only the owner makes or withdraws them, the database keeps only a hash, a link makes one
/// account and is dead after (used, withdrawn or expired) with a kind answer, and a form without its antiforgery token
/// does nothing.
/// </summary>
public sealed partial class InviteTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task Owner_Invites_PersonJoins_ThenTheLinkIsDeadForEveryone()
    {
        var (owner, _) = await app.SignedInPersonAsync("owner", isOwner: true);
        var token = await MakeInviteAsync(owner, "for Lee 5b2a");

        // Only a hash is stored.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var invite = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Invites.SingleAsync(i => i.Label == "for Lee 5b2a");
            Assert.Equal(Invites.Hash(token), invite.TokenHash);
            Assert.DoesNotContain(token, invite.TokenHash, StringComparison.Ordinal);
            Assert.Equal(AccountRules.InviteLifetime, invite.ExpiresAt - invite.CreatedAt);
        }

        Assert.Contains("for Lee 5b2a", await owner.GetStringAsync(InviteEndpoints.InvitesPath), StringComparison.Ordinal);

        var lee = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var link = InviteEndpoints.JoinPath + "?token=" + token;
        Assert.Contains("Join Undertone", await lee.GetStringAsync(link), StringComparison.Ordinal);
        var name = ServerModeFactory.UniqueName("lee");
        var tooShort = await ServerModeFactory.PostFormAsync(lee, InviteEndpoints.JoinPath, Form(token, name, "short one"), link);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var joined = await ServerModeFactory.PostFormAsync(lee, InviteEndpoints.JoinPath, Form(token, name, ServerModeFactory.Password), link);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lee.GetAsync("/api/recaps")).StatusCode);
        Assert.DoesNotContain("for Lee 5b2a", await owner.GetStringAsync(InviteEndpoints.InvitesPath), StringComparison.Ordinal); // no longer open
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The note about Lee is not kept once the invite is used.
            var invites = scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Invites;
            Assert.False(await invites.AnyAsync(i => i.Label == "for Lee 5b2a"));
            Assert.NotNull((await invites.SingleAsync(i => i.TokenHash == Invites.Hash(token))).UsedAt);
        }

        // Replayed: opening it again, or posting it again with another name, is refused kindly and makes nobody.
        var replay = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var dead = await replay.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, dead.StatusCode);
        Assert.Contains("This invite link doesn't work", WebUtility.HtmlDecode(await dead.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var second = ServerModeFactory.UniqueName("mallory");
        var reused = await ServerModeFactory.PostFormAsync(replay, InviteEndpoints.JoinPath, Form(token, second, ServerModeFactory.Password), AccountEndpoints.SignInPath);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
        Assert.False(await AccountExistsAsync(second));
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/api/recaps")).StatusCode);
    }

    [Fact]
    public async Task WithdrawnOrExpiredInvite_IsDead_AndMakesNobody()
    {
        var (owner, _) = await app.SignedInPersonAsync("owner", isOwner: true);
        var withdrawn = await MakeInviteAsync(owner, "to withdraw 77c1");
        var expired = await MakeInviteAsync(owner, "to expire 77c1");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var id = (await db.Invites.SingleAsync(i => i.Label == "to withdraw 77c1")).Id;
            var answer = await ServerModeFactory.PostFormAsync(owner, InviteEndpoints.WithdrawPath, new() { ["Id"] = id.ToString() }, InviteEndpoints.InvitesPath);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("The invite is withdrawn", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // Eight days pass for the other one.
            await db.Invites.Where(i => i.Label == "to expire 77c1").ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        foreach (var token in new[] { withdrawn, expired })
        {
            var stranger = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(InviteEndpoints.JoinPath + "?token=" + token)).StatusCode);
            var name = ServerModeFactory.UniqueName("late");
            var posted = await ServerModeFactory.PostFormAsync(stranger, InviteEndpoints.JoinPath, Form(token, name, ServerModeFactory.Password), AccountEndpoints.SignInPath);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            Assert.False(await AccountExistsAsync(name));
        }

        var list = await owner.GetStringAsync(InviteEndpoints.InvitesPath);
        Assert.DoesNotContain("77c1", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotTheOwner_CannotMakeSeeOrWithdrawInvites()
    {
        var (owner, _) = await app.SignedInPersonAsync("owner", isOwner: true);
        await MakeInviteAsync(owner, "owners own 3e9f");
        var (someone, _) = await app.SignedInPersonAsync("someone");

        var page = await someone.GetAsync(InviteEndpoints.InvitesPath);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("Only the owner can invite people", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3e9f", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Invite someone", await someone.GetStringAsync(AccountHome.Path), StringComparison.Ordinal);

        var made = await ServerModeFactory.PostFormAsync(someone, InviteEndpoints.InvitesPath, new() { ["Label"] = "sneaky 3e9f" }, PasswordEndpoints.Path);
        Assert.Equal(HttpStatusCode.Forbidden, made.StatusCode);
        Assert.DoesNotContain("token=", await made.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.False(await db.Invites.AnyAsync(i => i.Label == "sneaky 3e9f"));
        var id = (await db.Invites.SingleAsync(i => i.Label == "owners own 3e9f")).Id;
        var withdraw = await ServerModeFactory.PostFormAsync(someone, InviteEndpoints.WithdrawPath, new() { ["Id"] = id.ToString() }, PasswordEndpoints.Path);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.True(await db.Invites.AnyAsync(i => i.Id == id));

        // Nobody signed in: the gate answers before any invite code runs.
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(InviteEndpoints.InvitesPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["Label"] = "x" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(InviteEndpoints.InvitesPath)).StatusCode);
    }

    [Fact]
    public async Task MakingAnInvite_WithoutTheFormsAntiforgeryToken_MakesNone()
    {
        var (owner, _) = await app.SignedInPersonAsync("owner", isOwner: true);
        await owner.GetStringAsync(InviteEndpoints.InvitesPath); // the antiforgery cookie, but not the form's token

        var forged = await owner.PostAsync(InviteEndpoints.InvitesPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["Label"] = "forged 0a4d" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Invites.AnyAsync(i => i.Label == "forged 0a4d"));
    }

    /// <summary>Makes an invite on the page and reads its link back, as the owner would copy it.</summary>
    internal static async Task<string> MakeInviteAsync(HttpClient owner, string label)
    {
        var answer = await ServerModeFactory.PostFormAsync(owner, InviteEndpoints.InvitesPath, new() { ["Label"] = label });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var link = InviteLink().Match(WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()));
        Assert.True(link.Success, "The page shows no invite link.");
        return link.Groups["token"].Value;
    }

    private async Task<bool> AccountExistsAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AnyAsync(u => u.UserName == userName);
    }

    private static Dictionary<string, string> Form(string token, string userName, string password) => new()
    {
        ["Token"] = token,
        ["UserName"] = userName,
        ["Password"] = password,
        ["ConfirmPassword"] = password,
    };

    [GeneratedRegex("""data-testid="invite-link">[^<]*/account/join\?token=(?<token>[A-Za-z0-9_-]+)<""")]
    private static partial Regex InviteLink();
}

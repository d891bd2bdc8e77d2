namespace Undertone.Web.Accounts;

/// <summary>
/// Invite links (no open sign-up): the owner makes, lists and withdraws them at <c>/account/invites</c>; the invited
/// person opens <c>/account/join?token=…</c> and chooses a user name and password. A used, withdrawn or expired link
/// gets one kind answer that says what to do. Only the owner may make or withdraw invites.
/// </summary>
public static class InviteEndpoints
{
    public const string InvitesPath = "/account/invites";

    public const string WithdrawPath = "/account/invites/withdraw";

    public const string JoinPath = "/account/join";

    public static IEndpointRouteBuilder MapInvites(this IEndpointRouteBuilder app)
    {
        var owner = app.MapAccountPages().MapForm(
            InvitesPath,
            (HttpContext context, UserManager<Account> users, Invites invites, IAntiforgery antiforgery) =>
                ShowAsync(context, users, invites, antiforgery, newLink: null, note: null),
            CreateAsync);
        // Built at run time, as the other account forms (AccountRoutes.MapForm): the generator can't bind its form.
#pragma warning disable RDG003
        owner.MapPost(WithdrawPath, WithdrawAsync);
#pragma warning restore RDG003
        app.MapOpenAccountPages().MapForm(JoinPath, ShowJoinAsync, JoinAsync);
        return app;
    }

    private static async Task<Account?> OwnerAsync(HttpContext context, UserManager<Account> users)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is { IsOwner: false })
        {
            var body = $$"""
                <h1>Only the owner can invite people</h1>
                <p class="note" role="status">The person who set up this Undertone decides who joins. If you'd like someone to join, ask them.</p>
                <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
                """;
            await AccountHtml.WriteAsync(context, StatusCodes.Status403Forbidden, "Only the owner can invite people", body);
            return null;
        }

        return account;
    }

    private static async Task ShowAsync(HttpContext context, UserManager<Account> users, Invites invites, IAntiforgery antiforgery, string? newLink, string? note)
    {
        if (await OwnerAsync(context, users) is null)
        {
            return;
        }

        var open = await invites.OpenAsync(context.RequestAborted);
        var made = newLink is null ? string.Empty : $$"""
            <div class="note" role="status">
            <p>Here is the invite link. Send it to the person you're inviting, in a way only they will see:</p>
            <p><code class="path" data-testid="invite-link">{{AccountHtml.Encode(newLink)}}</code></p>
            <p>It works once, for {{AccountRules.InviteLifetime.TotalDays:0}} days. Undertone keeps only a scrambled form of it, so this is the only time you'll see it. Lost it? Withdraw it and make a new one.</p>
            </div>
            """;
        var list = open.Count == 0
            ? "<p>No open invites.</p>"
            : "<ul class=\"invites\">" + string.Concat(open.Select(i => $$"""
                <li><span>{{AccountHtml.Encode(i.Label ?? "An invite")}}, made {{Day(i.CreatedAt)}}, works until {{Day(i.ExpiresAt)}}</span>
                <form method="post" action="{{WithdrawPath}}" class="inline-form">{{AccountHtml.AntiforgeryField(context, antiforgery)}}<input type="hidden" name="Id" value="{{i.Id}}" /><button type="submit" aria-label="Withdraw the invite {{AccountHtml.Encode(i.Label ?? string.Empty)}} made {{Day(i.CreatedAt)}}">Withdraw</button></form></li>
                """)) + "</ul>";
        var body = $$"""
            <h1>Invite someone</h1>
            <p>Each invite link lets one person make their own account here, with their own journal that nobody else can see. Nobody can join without one.</p>
            {{made}}
            {{AccountHtml.Note(note, alert: false)}}
            <form method="post" action="{{InvitesPath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="label">Who is it for? (optional)</label>
            <input id="label" name="Label" type="text" maxlength="{{Invite.MaxLabelLength}}" aria-describedby="label-help" />
            <p id="label-help" class="help">Only you see this, to tell your invites apart.</p>
            <button type="submit">Make an invite link</button>
            </form>
            <h2>Open invites</h2>
            {{list}}
            <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
            """;
        await AccountHtml.WriteAsync(context, StatusCodes.Status200OK, "Invite someone", body);
    }

    private static async Task CreateAsync(HttpContext context, [FromForm] InviteForm form, UserManager<Account> users, Invites invites, IAntiforgery antiforgery)
    {
        var owner = await OwnerAsync(context, users);
        if (owner is null)
        {
            return;
        }

        var token = await invites.CreateAsync(owner.Id, form.Label, context.RequestAborted);
        var link = $"{context.Request.Scheme}://{context.Request.Host}{JoinPath}?token={token}";
        await ShowAsync(context, users, invites, antiforgery, link, note: null);
    }

    private static async Task WithdrawAsync(HttpContext context, [FromForm] WithdrawInviteForm form, UserManager<Account> users, Invites invites, IAntiforgery antiforgery)
    {
        if (await OwnerAsync(context, users) is null)
        {
            return;
        }

        var withdrawn = form.Id is { } id && await invites.WithdrawAsync(id, context.RequestAborted);
        await ShowAsync(context, users, invites, antiforgery, newLink: null, withdrawn ? "The invite is withdrawn. Its link doesn't work any more." : "That invite was already used or withdrawn.");
    }

    private static async Task ShowJoinAsync(HttpContext context, [FromQuery] string? token, Invites invites, IAntiforgery antiforgery)
    {
        if (!await invites.IsOpenAsync(token, context.RequestAborted))
        {
            await DeadLinkAsync(context);
            return;
        }

        await JoinPageAsync(context, antiforgery, token!, StatusCodes.Status200OK, [], userName: null);
    }

    private static async Task JoinAsync(HttpContext context, [FromForm] SetUpForm form, Invites invites, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        var (account, problems) = await invites.JoinAsync(form, context.RequestAborted);
        if (account is not null)
        {
            await signIn.SignInAsync(account, isPersistent: false);
            context.Response.Redirect("/");
            return;
        }

        if (problems.Count == 0)
        {
            await DeadLinkAsync(context);
            return;
        }

        await JoinPageAsync(context, antiforgery, form.Token ?? string.Empty, StatusCodes.Status400BadRequest, problems, form.UserName);
    }

    private static Task JoinPageAsync(HttpContext context, IAntiforgery antiforgery, string token, int statusCode, IReadOnlyList<string> problems, string? userName)
    {
        var body = $$"""
            <h1>Join Undertone</h1>
            <p>You've been invited to keep your journal here. Choose a user name and a password. What you write is yours alone: the other people here can't see it.</p>
            {{AccountHtml.Problems("Your account isn't made yet:", problems)}}
            <form method="post" action="{{JoinPath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <input type="hidden" name="Token" value="{{AccountHtml.Encode(token)}}" />
            {{AccountPages.NewAccountFields(userName)}}
            <button type="submit">Create my account</button>
            </form>
            <p class="quiet">Whoever runs this server can read what is stored on it. The person who invited you can tell you more.</p>
            """;
        return AccountHtml.WriteAsync(context, statusCode, "Join Undertone", body);
    }

    private static Task DeadLinkAsync(HttpContext context)
    {
        var body = $$"""
            <h1>This invite link doesn't work</h1>
            <p class="note" role="status">It may have been used already, withdrawn, or it's more than {{AccountRules.InviteLifetime.TotalDays:0}} days old. That's no problem: ask the person who invited you for a new link.</p>
            <p>Already have an account? <a href="{{AccountEndpoints.SignInPath}}">Sign in</a>.</p>
            """;
        return AccountHtml.WriteAsync(context, StatusCodes.Status404NotFound, "This invite link doesn't work", body);
    }

    private static string Day(DateTimeOffset when) => when.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

namespace Undertone.Web.Accounts;

/// <summary>
/// "Your account" (<c>/account</c>): who is signed in and the ways to look after the account — password,
/// authenticator codes, invites (the owner only) and deleting it. The pages it links to come back here with a note.
/// </summary>
public static class AccountHome
{
    public const string Path = "/account";

    /// <summary>The notes another page asks for with <c>?done=…</c> after it did its work.</summary>
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["password"] = "Your password is changed. Any other browser or device that was signed in as you is signed out now.",
        ["authenticator-on"] = "Authenticator codes are on. From now on, signing in asks for a code from your app.",
        ["authenticator-off"] = "Authenticator codes are off. Signing in asks only for your password now.",
    };

    public static IEndpointRouteBuilder MapAccountHome(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The signed-in person's account; null (and the browser sent to sign in) when it is gone.</summary>
    internal static async Task<Account?> SignedInAsync(HttpContext context, UserManager<Account> users)
    {
        var account = await users.GetUserAsync(context.User);
        if (account is null)
        {
            context.Response.Redirect(AccountEndpoints.SignInPath);
        }

        return account;
    }

    private static async Task ShowAsync(HttpContext context, UserManager<Account> users)
    {
        var account = await SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        var done = context.Request.Query["done"].ToString();
        var note = Done.TryGetValue(done, out var message) ? AccountHtml.Note(message, alert: false) : string.Empty;
        var authenticator = account.TwoFactorEnabled ? "on" : "off";
        var invite = account.IsOwner
            ? $"<li><a href=\"{InviteEndpoints.InvitesPath}\">Invite someone</a> — you're the owner of this Undertone, so you choose who joins.</li>"
            : string.Empty;
        var body = $$"""
            <h1>Your account</h1>
            {{note}}
            <p>You're signed in as <strong>{{AccountHtml.Encode(account.UserName)}}</strong>.</p>
            <ul class="account-links">
            <li><a href="{{PasswordEndpoints.Path}}">Change your password</a></li>
            <li><a href="{{AuthenticatorEndpoints.Path}}">Codes from an authenticator app</a> (now {{authenticator}})</li>
            {{invite}}
            <li><a href="{{DeleteAccountEndpoints.Path}}">Delete your account and everything in it</a></li>
            </ul>
            <p><a href="/">Back to my journal</a></p>
            """;
        await AccountHtml.WriteAsync(context, StatusCodes.Status200OK, "Your account", body);
    }
}

using System.Text.Encodings.Web;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's account pages: signing in and setting up the first account. Plain HTML made here, outside Blazor,
/// in the same calm style as local mode's sign-in page (signin.css), so they can never show anything from a journal
/// and work before anyone is signed in. Every form carries an antiforgery token. Their referrer policy is same-origin,
/// not no-referrer: with no-referrer, Chromium sends <c>Origin: null</c> on a form post, which OriginCheck refuses.
/// </summary>
public static class AccountPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static Task SignInAsync(HttpContext context, IAntiforgery antiforgery, int statusCode, string? message, string? userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var note = AccountHtml.Note(message);
        var body = $$"""
            <h1>Sign in to Undertone</h1>
            <p>Your journal here is yours alone. Sign in to open it.</p>
            {{note}}
            <form method="post" action="{{AccountEndpoints.SignInPath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="username">User name</label>
            <input id="username" name="UserName" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{{Html.Encode(userName ?? string.Empty)}}" />
            <label for="password">Password</label>
            <input id="password" name="Password" type="password" autocomplete="current-password" required />
            <button type="submit">Sign in</button>
            </form>
            <p class="quiet">New here? Ask the person who runs this Undertone for an invite.</p>
            """;
        return AccountHtml.WriteAsync(context, statusCode, "Sign in to Undertone", body);
    }

    public static Task SetUpAsync(HttpContext context, IAntiforgery antiforgery, string token, int statusCode, IReadOnlyList<string> problems, string? userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        var note = AccountHtml.Problems("Your account isn't made yet:", problems);
        var body = $$"""
            <h1>Set up Undertone</h1>
            <p>You're the first person here. Make your account, and you'll be the owner of this Undertone. Later you can invite the people you choose. Nobody can sign up on their own.</p>
            {{note}}
            <form method="post" action="{{AccountEndpoints.SetUpPath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <input type="hidden" name="Token" value="{{Html.Encode(token)}}" />
            {{NewAccountFields(userName)}}
            <button type="submit">Create my account</button>
            </form>
            <h2>What server mode protects, and what it doesn't</h2>
            <ul>
            <li>Each person sees only their own journal. Undertone checks this twice: in the app and in the database.</li>
            <li>Whoever runs the database or this server can read what is stored there. Only share this Undertone with people who trust you with that.</li>
            <li>The passphrase lock and the encrypted journal file are only in local mode (one person on their own computer).</li>
            <li>When someone deletes something, its words can stay in the database's free space until the database cleans up (PostgreSQL calls this vacuum). Running <code>VACUUM</code> now and then clears them.</li>
            <li>Each person can change their password, turn on codes from an authenticator app, and delete their account with everything in it.</li>
            </ul>
            """;
        return AccountHtml.WriteAsync(context, statusCode, "Set up Undertone", body);
    }

    /// <summary>The user name and new password fields of the set-up and invite pages.</summary>
    public static string NewAccountFields(string? userName) => $$"""
        <label for="username">User name</label>
        <input id="username" name="UserName" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby="username-help" value="{{Html.Encode(userName ?? string.Empty)}}" />
        <p id="username-help" class="help">Letters, numbers, and . _ - @ + (no spaces).</p>
        {{NewPasswordFields("Password", "Password")}}
        """;

    /// <summary>A new password and the same again, with the length rule beside it.</summary>
    public static string NewPasswordFields(string name, string label) => $$"""
        <label for="new-password">{{label}}</label>
        <input id="new-password" name="{{name}}" type="password" autocomplete="new-password" required minlength="{{AccountRules.MinimumPasswordLength}}" aria-describedby="password-help" />
        <p id="password-help" class="help">At least {{AccountRules.MinimumPasswordLength}} characters. A few words you'll remember work well.</p>
        <label for="confirm">{{label}} again</label>
        <input id="confirm" name="ConfirmPassword" type="password" autocomplete="new-password" required />
        """;

    public static Task SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = $$"""
            <h1>Sign out of Undertone?</h1>
            <p>Your journal stays saved. Signing out here signs you out in every browser and on every device. To open your journal again, sign in with your user name and password.</p>
            <form method="post" action="{{AccountEndpoints.SignOutPath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <button type="submit">Sign out</button>
            </form>
            <p><a href="/">Back to my journal</a></p>
            """;
        return AccountHtml.WriteAsync(context, StatusCodes.Status200OK, "Sign out of Undertone?", body);
    }

    public static Task LinkNotWorkingAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = $$"""
            <h1>This set-up link doesn't work</h1>
            <p class="note" role="status">Undertone may already be set up, or the link is from an earlier start. A set-up link works only until the first account is made, and a new one is printed each time Undertone starts.</p>
            <p>Have an account? <a href="{{AccountEndpoints.SignInPath}}">Sign in</a>.</p>
            """;
        return AccountHtml.WriteAsync(context, StatusCodes.Status404NotFound, "This set-up link doesn't work", body);
    }
}

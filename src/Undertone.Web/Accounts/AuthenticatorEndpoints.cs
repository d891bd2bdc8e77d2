namespace Undertone.Web.Accounts;

/// <summary>
/// Optional codes from an authenticator app (TOTP, Identity's own authenticator token provider). Turning them on
/// shows the key as text (in groups of four, for typing) and as an <c>otpauth://</c> link, and takes effect only after
/// one right code; then ten recovery codes are shown once. Signing in then asks for a code
/// (<c>/account/signin/code</c>); wrong codes count toward the same pause as wrong passwords. Turning them off takes
/// a code or the password.
/// </summary>
public static class AuthenticatorEndpoints
{
    public const string Path = "/account/authenticator";

    public const string OffPath = "/account/authenticator/off";

    public const string CodePath = "/account/signin/code";

    public const int RecoveryCodeCount = 10;

    public static IEndpointRouteBuilder MapAuthenticator(this IEndpointRouteBuilder app)
    {
        var pages = app.MapAccountPages().MapForm(
            Path,
            (HttpContext context, UserManager<Account> users, IAntiforgery antiforgery) => ShowAsync(context, users, antiforgery, StatusCodes.Status200OK, problem: null),
            TurnOnAsync);
        // Built at run time, as the other account forms (AccountRoutes.MapForm): the generator can't bind its form.
#pragma warning disable RDG003
        pages.MapPost(OffPath, TurnOffAsync);
#pragma warning restore RDG003
        app.MapOpenAccountPages().MapForm(CodePath, ShowCodeAsync, SignInWithCodeAsync);
        return app;
    }

    /// <summary>The key as the page shows it: lowercase, in groups of four.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));

    private static async Task ShowAsync(HttpContext context, UserManager<Account> users, IAntiforgery antiforgery, int statusCode, string? problem)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        if (account.TwoFactorEnabled)
        {
            var on = $$"""
                <h1>Authenticator codes are on</h1>
                <p>When you sign in, Undertone asks for a code from your authenticator app after your password.</p>
                {{AccountHtml.Note(problem)}}
                <h2>Turn codes off</h2>
                <p>Type a code from your app, or your password.</p>
                <form method="post" action="{{OffPath}}" class="account-form">
                {{AccountHtml.AntiforgeryField(context, antiforgery)}}
                <label for="code">Code from your app</label>
                <input id="code" name="Code" type="text" inputmode="numeric" autocomplete="one-time-code" />
                <label for="password">Or your password</label>
                <input id="password" name="Password" type="password" autocomplete="current-password" />
                <button type="submit">Turn codes off</button>
                </form>
                <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
                """;
            await AccountHtml.WriteAsync(context, statusCode, "Authenticator codes are on", on);
            return;
        }

        var key = await KeyAsync(context, users, account);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Undertone:" + account.UserName)}?secret={key}&issuer=Undertone&digits=6";
        var body = $$"""
            <h1>Turn on authenticator codes</h1>
            <p>With codes on, signing in needs your password and a six-digit code from an app on your phone (for example Aegis, 2FAS or Google Authenticator). Someone who learns your password still can't get in.</p>
            {{AccountHtml.Note(problem)}}
            <h2>1. Add Undertone to your app</h2>
            <p>In your app, choose to enter a key by hand, and type this key:</p>
            <p><code class="path" data-testid="authenticator-key">{{Grouped(key)}}</code></p>
            <p class="quiet">On this phone? <a href="{{AccountHtml.Encode(uri)}}">Open it in your app</a> instead. The same link as text: <code>{{AccountHtml.Encode(uri)}}</code></p>
            <h2>2. Type the code your app shows</h2>
            <form method="post" action="{{Path}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="code">Six-digit code</label>
            <input id="code" name="Code" type="text" inputmode="numeric" autocomplete="one-time-code" required />
            <button type="submit">Turn codes on</button>
            </form>
            <p class="quiet">Codes stay off until a right code is typed here.</p>
            <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
            """;
        await AccountHtml.WriteAsync(context, statusCode, "Turn on authenticator codes", body);
    }

    /// <summary>
    /// The account's key, made the first time the page is shown. Written through the store directly, because
    /// <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/> also changes the security stamp, which would sign
    /// the person out everywhere just for looking at this page.
    /// </summary>
    private static async Task<string> KeyAsync(HttpContext context, UserManager<Account> users, Account account)
    {
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }

        var store = (IUserAuthenticatorKeyStore<Account>)context.RequestServices.GetRequiredService<IUserStore<Account>>();
        key = users.GenerateNewAuthenticatorKey();
        await store.SetAuthenticatorKeyAsync(account, key, context.RequestAborted);
        await users.UpdateAsync(account);
        return key;
    }

    private static async Task TurnOnAsync(HttpContext context, [FromForm] CodeForm form, UserManager<Account> users, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        if (account.TwoFactorEnabled || !await VerifyAsync(users, account, form.Code))
        {
            await ShowAsync(context, users, antiforgery, StatusCodes.Status400BadRequest, "That code didn't match. Codes change every 30 seconds: please type the newest one.");
            return;
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(account);
        var body = $$"""
            <h1>Codes are on. Save your recovery codes</h1>
            <p>If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Write them down or keep them somewhere safe. This is the only time Undertone shows them.</p>
            <ul class="recovery-codes" data-testid="recovery-codes">
            {{string.Concat(codes.Select(c => $"<li><code>{AccountHtml.Encode(c)}</code></li>"))}}
            </ul>
            <p><a href="{{AccountHome.Path}}?done=authenticator-on">I've saved them</a></p>
            """;
        await AccountHtml.WriteAsync(context, StatusCodes.Status200OK, "Save your recovery codes", body);
    }

    private static async Task TurnOffAsync(HttpContext context, [FromForm] TurnOffCodesForm form, UserManager<Account> users, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        string? problem;
        if (!string.IsNullOrEmpty(form.Password))
        {
            problem = await PasswordCheck.ProblemAsync(signIn, account, form.Password);
        }
        else if (await users.IsLockedOutAsync(account))
        {
            problem = AccountRules.PausedMessage;
        }
        else if (await VerifyAsync(users, account, form.Code))
        {
            problem = null;
        }
        else
        {
            await users.AccessFailedAsync(account);
            problem = await users.IsLockedOutAsync(account) ? AccountRules.PausedMessage : "That code didn't match. Please type the newest code from your app, or your password.";
        }

        if (problem is not null)
        {
            await ShowAsync(context, users, antiforgery, StatusCodes.Status400BadRequest, problem);
            return;
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account); // a new key next time; the old one is worth nothing now
        await signIn.RefreshSignInAsync(account);
        context.Response.Redirect(AccountHome.Path + "?done=authenticator-off");
    }

    private static async Task<bool> VerifyAsync(UserManager<Account> users, Account account, string? code)
    {
        var digits = Normalize(code);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    private static string Normalize(string? code) =>
        new((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    private static async Task ShowCodeAsync(HttpContext context, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            context.Response.Redirect(AccountEndpoints.SignInPath);
            return;
        }

        await CodePageAsync(context, antiforgery, StatusCodes.Status200OK, message: null);
    }

    private static async Task SignInWithCodeAsync(HttpContext context, [FromForm] CodeForm form, SignInManager<Account> signIn, UserManager<Account> users, IAntiforgery antiforgery)
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            context.Response.Redirect(AccountEndpoints.SignInPath);
            return;
        }

        var code = Normalize(code: form.Code);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }
        else
        {
            // A recovery code (XXXXX-XXXXX). Identity does not count a wrong one as a failure, so this does: guessing
            // recovery codes pauses the account like guessing passwords.
            var recovery = code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
            var before = await users.GetAccessFailedCountAsync(account);
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery.ToUpper(CultureInfo.InvariantCulture));
            if (!result.Succeeded && !result.IsLockedOut && await users.GetAccessFailedCountAsync(account) == before)
            {
                await users.AccessFailedAsync(account);
            }
        }

        if (result.Succeeded)
        {
            context.Response.Redirect("/");
            return;
        }

        var locked = result.IsLockedOut || await users.IsLockedOutAsync(account);
        await CodePageAsync(context, antiforgery, StatusCodes.Status401Unauthorized,
            locked ? AccountRules.PausedMessage : "That code didn't match. Please type the newest code from your app, or one of your recovery codes.");
    }

    private static Task CodePageAsync(HttpContext context, IAntiforgery antiforgery, int statusCode, string? message)
    {
        var body = $$"""
            <h1>One more step</h1>
            <p>Open your authenticator app and type the six-digit code it shows for Undertone.</p>
            {{AccountHtml.Note(message)}}
            <form method="post" action="{{CodePath}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="code">Code</label>
            <input id="code" name="Code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="code-help" />
            <p id="code-help" class="help">Lost your phone? Type one of your recovery codes here instead.</p>
            <button type="submit">Sign in</button>
            </form>
            <p><a href="{{AccountEndpoints.SignInPath}}">Start again</a></p>
            """;
        return AccountHtml.WriteAsync(context, statusCode, "One more step", body);
    }
}

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's sign-in, sign-out and first set-up (<see cref="AccountPages"/>), open to everyone, and the signed-in
/// account pages (<see cref="AccountHome"/> and the pages it links to). All are HTML pages, kept out of the API description.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";

    public const string SignOutPath = "/account/signout";

    public const string SetUpPath = "/account/setup";

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenAccountPages()
            .MapForm(SignInPath, ShowSignIn, SignIn)
            .MapForm(SignOutPath, (HttpContext context, IAntiforgery antiforgery) => AccountPages.SignOutAsync(context, antiforgery), SignOut)
            .MapForm(SetUpPath, ShowSetUp, SetUp);
        app.MapAccountHome().MapInvites().MapPasswordChange().MapAuthenticator().MapDeleteAccount();
        return app;
    }

    /// <summary>The query the sign-in page gets from an open tab that was signed out from somewhere else.</summary>
    public const string SignedOutElsewhereQuery = "elsewhere";

    private static Task ShowSignIn(HttpContext context, IAntiforgery antiforgery)
    {
        if (context.User.PersonId() is not null)
        {
            context.Response.Redirect("/");
            return Task.CompletedTask;
        }

        var message = context.Request.Query.ContainsKey("signedout") ? "You're signed out. See you next time."
            : context.Request.Query.ContainsKey(SignedOutElsewhereQuery)
                ? "You were signed out here because your account was signed out, or its password changed, in another window or on another device. Sign in again to go on."
            : context.Request.Query[DeleteAccountEndpoints.DeletedQuery] == DeleteAccountEndpoints.OwnerDeleted
                ? "Your account and everything in it are deleted, and nobody has an account here now. To set Undertone up again, restart it and open the new set-up link it prints. Take care."
            : context.Request.Query.ContainsKey(DeleteAccountEndpoints.DeletedQuery) ? "Your account and everything in it are deleted. Take care."
            : null;
        return AccountPages.SignInAsync(context, antiforgery, StatusCodes.Status200OK, message, userName: null);
    }

    private static async Task SignIn(
        HttpContext context, [FromForm] SignInForm form, SignInManager<Account> signIn, IAntiforgery antiforgery, EqualWorkSignIn equalWork)
    {
        var userName = form.UserName?.Trim() ?? string.Empty;
        var result = userName.Length == 0 || string.IsNullOrEmpty(form.Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await equalWork.PasswordSignInAsync(signIn, userName, form.Password);
        if (result.Succeeded)
        {
            context.Response.Redirect("/");
            return;
        }

        if (result.RequiresTwoFactor)
        {
            context.Response.Redirect(AuthenticatorEndpoints.CodePath);
            return;
        }

        await AccountPages.SignInAsync(context, antiforgery, StatusCodes.Status401Unauthorized, AccountRules.SignInRefusal, userName);
    }

    private static async Task SignOut(HttpContext context, [FromForm] SignOutForm form, SignInManager<Account> signIn)
    {
        _ = form; // the form carries only the antiforgery token
        if (await signIn.UserManager.GetUserAsync(context.User) is { } account)
        {
            // A new security stamp ends every other session of this person too: other browsers and open tabs.
            await signIn.UserManager.UpdateSecurityStampAsync(account);
        }

        await signIn.SignOutAsync();
        context.Response.Redirect(SignInPath + "?signedout");
    }

    private static async Task ShowSetUp(HttpContext context, [FromQuery] string? token, OwnerSetUp setUp, IAntiforgery antiforgery)
    {
        if (!await setUp.AcceptsAsync(token, context.RequestAborted))
        {
            await AccountPages.LinkNotWorkingAsync(context);
            return;
        }

        await AccountPages.SetUpAsync(context, antiforgery, token!, StatusCodes.Status200OK, [], userName: null);
    }

    private static async Task SetUp(HttpContext context, [FromForm] SetUpForm form, OwnerSetUp setUp, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        var (owner, problems) = await setUp.CreateOwnerAsync(form, context.RequestAborted);
        if (owner is not null)
        {
            await signIn.SignInAsync(owner, isPersistent: false);
            context.Response.Redirect("/");
            return;
        }

        if (problems.Count == 0)
        {
            await AccountPages.LinkNotWorkingAsync(context);
            return;
        }

        await AccountPages.SetUpAsync(context, antiforgery, form.Token ?? string.Empty, StatusCodes.Status400BadRequest, problems, form.UserName);
    }
}

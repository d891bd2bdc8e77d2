namespace Undertone.Web.Accounts;

/// <summary>
/// Changing the password (<c>/account/password</c>): the current one first. A new password changes the account's
/// security stamp, so every other browser signed in as this person is signed out (their cookie and any open tab);
/// this browser is signed in again with the new stamp.
/// </summary>
public static class PasswordEndpoints
{
    public const string Path = "/account/password";

    public static IEndpointRouteBuilder MapPasswordChange(this IEndpointRouteBuilder app)
    {
        app.MapAccountPages().MapForm(Path, (HttpContext context, IAntiforgery antiforgery) => PageAsync(context, antiforgery, StatusCodes.Status200OK, []), ChangeAsync);
        return app;
    }

    private static async Task ChangeAsync(HttpContext context, [FromForm] ChangePasswordForm form, UserManager<Account> users, SignInManager<Account> signIn, IAntiforgery antiforgery)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        var problem = await PasswordCheck.ProblemAsync(signIn, account, form.CurrentPassword);
        if (problem is not null)
        {
            await PageAsync(context, antiforgery, StatusCodes.Status400BadRequest, [problem]);
            return;
        }

        var problems = AccountRules.CheckNewAccount(account.UserName ?? string.Empty, form.NewPassword, form.ConfirmPassword);
        if (problems.Count == 0)
        {
            var changed = await users.ChangePasswordAsync(account, form.CurrentPassword!, form.NewPassword ?? string.Empty);
            if (changed.Succeeded)
            {
                await signIn.RefreshSignInAsync(account);
                context.Response.Redirect(AccountHome.Path + "?done=password");
                return;
            }

            problems.AddRange(changed.Errors.Select(AccountRules.Describe));
        }

        await PageAsync(context, antiforgery, StatusCodes.Status400BadRequest, problems);
    }

    private static Task PageAsync(HttpContext context, IAntiforgery antiforgery, int statusCode, IReadOnlyList<string> problems)
    {
        var body = $$"""
            <h1>Change your password</h1>
            <p>Type your current password, then the new one twice. Any other browser or device signed in as you will be signed out.</p>
            {{AccountHtml.Problems("Your password isn't changed yet:", problems)}}
            <form method="post" action="{{Path}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="current">Current password</label>
            <input id="current" name="CurrentPassword" type="password" autocomplete="current-password" required />
            {{AccountPages.NewPasswordFields("NewPassword", "New password")}}
            <button type="submit">Change my password</button>
            </form>
            <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
            """;
        return AccountHtml.WriteAsync(context, statusCode, "Change your password", body);
    }
}

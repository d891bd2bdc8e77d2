using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Accounts;

/// <summary>
/// "Delete my account and everything in it" (<c>/account/delete</c>): with the password and the words typed, every row
/// of the person's journal goes (<see cref="DataWipe"/>, scoped to them by the query filters and row-level security),
/// then the account, and the browser is signed out; the account's id is kept for a day so that anything still on its way
/// is emptied too (<see cref="ClosedAccountSweep"/>). The owner cannot go while others have accounts here: the others
/// would be left with nobody to invite people or look after the server.
/// </summary>
public static class DeleteAccountEndpoints
{
    public const string Path = "/account/delete";

    public const string DeletedQuery = "deleted";

    /// <summary>The value of <see cref="DeletedQuery"/> when the owner's (the last) account went.</summary>
    public const string OwnerDeleted = "owner";

    public static IEndpointRouteBuilder MapDeleteAccount(this IEndpointRouteBuilder app)
    {
        app.MapAccountPages().MapForm(
            Path,
            (HttpContext context, UserManager<Account> users, IAntiforgery antiforgery) => PageAsync(context, users, antiforgery, StatusCodes.Status200OK, problem: null),
            DeleteAsync);
        return app;
    }

    private static async Task DeleteAsync(
        HttpContext context, [FromForm] DeleteAccountForm form, UserManager<Account> users, SignInManager<Account> signIn,
        DataWipe wipe, Invites invites, AccountsDbContext accounts, TimeProvider clock, IAntiforgery antiforgery)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        if (await OthersAsync(users, account) > 0)
        {
            await PageAsync(context, users, antiforgery, StatusCodes.Status409Conflict, problem: null);
            return;
        }

        var problem = await PasswordCheck.ProblemAsync(signIn, account, form.Password)
            ?? (string.Equals(form.Confirmation?.Trim(), AccountRules.DeleteConfirmation, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"To be sure, please type the words \"{AccountRules.DeleteConfirmation}\".");
        if (problem is not null)
        {
            await PageAsync(context, users, antiforgery, StatusCodes.Status400BadRequest, problem);
            return;
        }

        // First the id, so the sweep can empty the journal again should a save already on its way land after the wipe.
        accounts.ClosedAccounts.Add(new ClosedAccount { Id = account.Id, ClosedAt = clock.GetUtcNow() });
        await accounts.SaveChangesAsync(CancellationToken.None);
        await wipe.DeleteEverythingAsync(cancellationToken: CancellationToken.None);
        if (account.IsOwner)
        {
            await invites.WithdrawAllAsync(CancellationToken.None);
        }

        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Code)));
        }

        await signIn.SignOutAsync();
        context.Response.Redirect(account.IsOwner
            ? $"{AccountEndpoints.SignInPath}?{DeletedQuery}={OwnerDeleted}"
            : $"{AccountEndpoints.SignInPath}?{DeletedQuery}");
    }

    /// <summary>How many other people have accounts, for the owner (nobody else is held back).</summary>
    private static async Task<int> OthersAsync(UserManager<Account> users, Account account) =>
        account.IsOwner ? await users.Users.CountAsync(a => a.Id != account.Id) : 0;

    private static async Task PageAsync(HttpContext context, UserManager<Account> users, IAntiforgery antiforgery, int statusCode, string? problem)
    {
        var account = await AccountHome.SignedInAsync(context, users);
        if (account is null)
        {
            return;
        }

        var others = await OthersAsync(users, account);
        if (others > 0)
        {
            var held = $$"""
                <h1>Delete your account</h1>
                <p class="note" role="status">You're the owner of this Undertone, and {{others}} other {{(others == 1 ? "person has an account" : "people have accounts")}} here. If your account went, nobody could invite people or look after this server. Each of them can delete their own account first; then you can delete yours.</p>
                <p><a href="{{AccountHome.Path}}">Back to your account</a></p>
                """;
            await AccountHtml.WriteAsync(context, statusCode, "Delete your account", held);
            return;
        }

        var body = $$"""
            <h1>Delete your account and everything in it</h1>
            <p>This deletes every recap, voice note, question, theme, saved message and agreement in your journal, then your account. It can't be undone. If you'd like a copy first, export it from Your data.</p>
            {{AccountHtml.Note(problem)}}
            <form method="post" action="{{Path}}" class="account-form">
            {{AccountHtml.AntiforgeryField(context, antiforgery)}}
            <label for="password">Your password</label>
            <input id="password" name="Password" type="password" autocomplete="current-password" required />
            <label for="confirmation">Type "{{AccountRules.DeleteConfirmation}}" to confirm</label>
            <input id="confirmation" name="Confirmation" type="text" autocomplete="off" required />
            <button type="submit" class="danger">Delete my account</button>
            </form>
            <p><a href="{{AccountHome.Path}}">Keep my account</a></p>
            """;
        await AccountHtml.WriteAsync(context, statusCode, "Delete your account", body);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Accounts;

/// <summary>
/// The owner's one-time invite links: made with a fresh 256-bit secret of which only a SHA-256 hash is stored, listed
/// while open, withdrawn by deleting them. Using one marks it used in the same transaction that makes the account,
/// so a link can make one account only, even when two people race with it.
/// </summary>
public sealed class Invites(AccountsDbContext db, UserManager<Account> users, TimeProvider clock)
{
    /// <summary>Makes an invite and returns the secret for its link: the only time it exists anywhere.</summary>
    public async Task<string> CreateAsync(Guid owner, string? label, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        label = label?.Trim();
        db.Invites.Add(new Invite
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            Label = string.IsNullOrEmpty(label) ? null : label[..Math.Min(label.Length, Invite.MaxLabelLength)],
            CreatedBy = owner,
            CreatedAt = now,
            ExpiresAt = now + AccountRules.InviteLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The invites nobody has used yet and that have not expired, newest first.</summary>
    public async Task<IReadOnlyList<Invite>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Invites.AsNoTracking()
            .Where(i => i.UsedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Withdraws an open invite (its link dies at once); false when there was none with that id.</summary>
    public async Task<bool> WithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Invites.Where(i => i.Id == id && i.UsedAt == null).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>Withdraws every invite (the owner's account is going).</summary>
    public Task WithdrawAllAsync(CancellationToken cancellationToken) => db.Invites.ExecuteDeleteAsync(cancellationToken);

    /// <summary>True while <paramref name="token"/> is an open invite's secret.</summary>
    public async Task<bool> IsOpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.Invites.AnyAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now, cancellationToken);
    }

    /// <summary>
    /// Makes the invited person's account, or says why not: null with no problems when the link no longer works
    /// (used, withdrawn, expired or never made), else the problems to fix (the invite stays open then).
    /// </summary>
    public async Task<(Account? Account, IReadOnlyList<string> Problems)> JoinAsync(SetUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(form.Token))
        {
            return (null, []);
        }

        var userName = form.UserName?.Trim() ?? string.Empty;
        var problems = AccountRules.CheckNewAccount(userName, form.Password, form.ConfirmPassword);
        if (problems.Count > 0)
        {
            return await IsOpenAsync(form.Token, cancellationToken) ? (null, problems) : (null, []);
        }

        var hash = Hash(form.Token);
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One UPDATE claims the invite: a second use (or a racing one, which waits for this row's lock) finds it used.
            // The owner's note ("for Lee") goes with it: it only told open invites apart, and it would outlive an account
            // its person later deletes.
            var claimed = await db.Invites
                .Where(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now).SetProperty(i => i.Label, (string?)null), cancellationToken);
            if (claimed != 1)
            {
                return ((Account?)null, (IReadOnlyList<string>)[]);
            }

            var account = new Account { UserName = userName };
            var made = await users.CreateAsync(account, form.Password ?? string.Empty);
            if (!made.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return (null, made.Errors.Select(AccountRules.Describe).ToList());
            }

            await transaction.CommitAsync(cancellationToken);
            return (account, []);
        });
    }

    /// <summary>SHA-256 of the link's secret, as lowercase hex: what the database keeps instead of the secret.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

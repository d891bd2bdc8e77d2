using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Postgres.Accounts;

/// <summary>
/// Server mode's accounts (ASP.NET Core Identity), in the same PostgreSQL database as the journals but in tables of
/// their own, without row-level security: signing in has to find a person before anyone is signed in.
/// No journal text lives here. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --context AccountsDbContext --output-dir Accounts/Migrations --project src/Undertone.Data.Postgres --startup-project src/Undertone.Data.Postgres</c>.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>Where EF keeps the accounts' migration history, apart from the journal's.</summary>
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    /// <summary>The owner's invite links (only their hashes).</summary>
    public DbSet<Invite> Invites => Set<Invite>();

    /// <summary>Accounts deleted less than a day ago (only their ids), for the closed-account sweep.</summary>
    public DbSet<ClosedAccount> ClosedAccounts => Set<ClosedAccount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>().ToTable("Accounts");
        builder.Entity<IdentityRole<Guid>>().ToTable("AccountRoles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("AccountUserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AccountClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AccountLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AccountTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("AccountRoleClaims");
        builder.Entity<Invite>(invite =>
        {
            invite.ToTable("Invites");
            invite.Property(i => i.TokenHash).HasMaxLength(64);
            invite.HasIndex(i => i.TokenHash).IsUnique();
            invite.Property(i => i.Label).HasMaxLength(Invite.MaxLabelLength);
        });
        builder.Entity<ClosedAccount>(closed =>
        {
            closed.ToTable("ClosedAccounts");
            closed.Property(c => c.Id).ValueGeneratedNever();
        });
    }
}

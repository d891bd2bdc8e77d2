using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Accounts;
using Undertone.TestSupport.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>The accounts' migration that forgets the notes of invites already used, and keeps those of open ones.</summary>
public sealed class InviteMigrationOnPostgresTests
{
    [Fact]
    public async Task UsedInvites_LoseTheirNote_OpenOnesKeepIt()
    {
        await using var database = await PostgresDatabase.CreateAsync("undertone_invites_", "the invite migration test on PostgreSQL");
        await using var accounts = new AccountsDbContext(OwnTables.CreateOptions<AccountsDbContext>(database.ConnectionString, AccountsDbContext.MigrationsHistoryTable));
        await accounts.GetService<IMigrator>().MigrateAsync("AddClosedAccounts");
        var now = DateTimeOffset.UtcNow;
        accounts.Invites.AddRange(
            new Invite { TokenHash = new string('a', 64), Label = "for Lee", CreatedAt = now, ExpiresAt = now.AddDays(7), UsedAt = now },
            new Invite { TokenHash = new string('b', 64), Label = "for Sam", CreatedAt = now, ExpiresAt = now.AddDays(7) });
        await accounts.SaveChangesAsync();

        await accounts.GetService<IMigrator>().MigrateAsync();

        Assert.Equal([(null, true), ("for Sam", false)], await accounts.Invites.AsNoTracking().OrderBy(i => i.TokenHash)
            .Select(i => new ValueTuple<string?, bool>(i.Label, i.UsedAt != null)).ToListAsync());
    }
}

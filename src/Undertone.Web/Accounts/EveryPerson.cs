using Microsoft.EntityFrameworkCore;
using Undertone.Data.Postgres;

namespace Undertone.Web.Accounts;

/// <summary>
/// Runs a background job's pass once for every person on the server, on one instance at a time. A job has nobody
/// signed in (<see cref="SignedInPerson"/>), so each pass runs with that person set for its own async flow, and reads
/// and writes only their journal, filter and row-level security included. The round holds a PostgreSQL advisory
/// lock (<see cref="AdvisoryLock"/>); an instance that finds it taken skips the round (docs/decisions/014).
/// </summary>
public sealed class EveryPerson(string connectionString, IServiceScopeFactory scopes)
{
    /// <summary>
    /// Runs <paramref name="pass"/> once per account, under the lock named <paramref name="lockKey"/>. Returns how many
    /// people it ran for, or null when another instance holds the lock (nothing ran).
    /// </summary>
    public Task<int?> RunAsync(long lockKey, Func<CancellationToken, Task> pass, CancellationToken cancellationToken = default) =>
        RunForAsync(lockKey, accounts => accounts.Users.Select(a => a.Id), pass, cancellationToken);

    /// <summary>
    /// The same, for the people <paramref name="who"/> picks from the accounts' tables (the closed accounts, for one).
    /// </summary>
    public async Task<int?> RunForAsync(
        long lockKey, Func<AccountsDbContext, IQueryable<Guid>> who, Func<CancellationToken, Task> pass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(pass);
        var held = await AdvisoryLock.TryTakeAsync(connectionString, lockKey, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return null;
        }

        await using (held.ConfigureAwait(false))
        {
            List<Guid> people;
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                people = await who(scope.ServiceProvider.GetRequiredService<AccountsDbContext>())
                    .Order().ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var person in people)
            {
                await RunAsAsync(person, pass, cancellationToken).ConfigureAwait(false);
            }

            return people.Count;
        }
    }

    // Its own async method, so the person is set for this pass only and is gone again for the caller.
    private static async Task RunAsAsync(Guid person, Func<CancellationToken, Task> pass, CancellationToken cancellationToken)
    {
        SignedInPerson.Set(person);
        await pass(cancellationToken).ConfigureAwait(false);
    }
}

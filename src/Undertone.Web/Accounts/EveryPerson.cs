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
    public async Task<int?> RunAsync(long lockKey, Func<CancellationToken, Task> pass, CancellationToken cancellationToken = default)
    {
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
                people = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AsNoTracking()
                    .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
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

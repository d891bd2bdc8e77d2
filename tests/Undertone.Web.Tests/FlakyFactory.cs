using Microsoft.EntityFrameworkCore;
using Undertone.Data;

namespace Undertone.Web.Tests;

/// <summary>The test database, able to fail on demand like a busy or read-only file would.</summary>
public sealed class FlakyFactory(Data.Tests.TestDatabase database) : IDbContextFactory<UndertoneDbContext>
{
    public bool Fail { get; set; }

    /// <summary>The database underneath, for a store that never fails (to set things up and check them).</summary>
    public Data.Tests.TestDatabase Database => database;

    private int _contextsBeforeFailing = -1;

    /// <summary>Lets the next <paramref name="contexts"/> contexts work, then fails from there on (an action works, the reload after it does not).</summary>
    public void FailAfter(int contexts) => _contextsBeforeFailing = contexts;

    public UndertoneDbContext CreateDbContext()
    {
        if (_contextsBeforeFailing == 0)
        {
            Fail = true;
        }

        if (_contextsBeforeFailing >= 0)
        {
            _contextsBeforeFailing--;
        }

        return Fail ? throw new InvalidOperationException("simulated: database is locked") : database.CreateDbContext();
    }
}

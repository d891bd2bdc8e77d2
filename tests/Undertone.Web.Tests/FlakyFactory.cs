using Microsoft.Data.Sqlite;

namespace Undertone.Web.Tests;

/// <summary>
/// The test database, able to fail on demand the way SQLite does: the next commands throw a real
/// <see cref="SqliteException"/> with a real error code at the moment they run (see <see cref="SqliteFailures"/>).
/// </summary>
public sealed class FlakyFactory : IDbContextFactory<UndertoneDbContext>
{
    /// <summary>SQLITE_BUSY: another connection held the file longer than the busy timeout.</summary>
    public const int Busy = 5;

    private readonly SqliteFailures _failures = new();
    private readonly DbContextOptions<UndertoneDbContext> _options;
    private int _contextsBeforeFailing = -1;

    public FlakyFactory(Data.Tests.TestDatabase database)
    {
        Database = database;
        _options = new DbContextOptionsBuilder<UndertoneDbContext>(database.Options).AddInterceptors(_failures).Options;
    }

    /// <summary>The database underneath, for a store that never fails (to set things up and check them).</summary>
    public Data.Tests.TestDatabase Database { get; }

    /// <summary>While true, every command fails as on a file held by another program (SQLite error 5).</summary>
    public bool Fail
    {
        get => _failures.Failure is not null;
        set => _failures.Failure = value ? () => new SqliteException("database is locked", Busy) : null;
    }

    /// <summary>Makes every command fail with the given SQLite error code (8 read-only, 13 disk full...).</summary>
    public void FailWith(int sqliteErrorCode) => _failures.Failure = () => new SqliteException("simulated", sqliteErrorCode);

    /// <summary>Makes every command throw the given exception: a bug inside a store.</summary>
    public void Throw(Func<Exception> failure) => _failures.Failure = failure;

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

        return new UndertoneDbContext(_options);
    }
}

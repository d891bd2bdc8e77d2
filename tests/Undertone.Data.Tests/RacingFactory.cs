namespace Undertone.Data.Tests;

/// <summary>
/// Contexts on a test database (SQLite, or one person's PostgreSQL journal) where, just before the first save, "another tab" runs
/// <paramref name="otherTab"/> on its own context and commits. That makes a race between two tabs happen the
/// same way every run, with no timing involved.
/// </summary>
public sealed class RacingFactory(DbContextOptions<UndertoneDbContext> options, Func<UndertoneDbContext, Task> otherTab) : IDbContextFactory<UndertoneDbContext>
{
    private readonly BeforeFirstSave _interceptor = new(options, otherTab);

    public RacingFactory(TestDatabase database, Func<UndertoneDbContext, Task> otherTab)
        : this(database.Options, otherTab)
    {
    }

    public bool OtherTabRan => _interceptor.Ran;

    public UndertoneDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<UndertoneDbContext>(options).AddInterceptors(_interceptor).Options);

    private sealed class BeforeFirstSave(DbContextOptions<UndertoneDbContext> options, Func<UndertoneDbContext, Task> otherTab) : SaveChangesInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Ran)
            {
                Ran = true;
                await using var other = new UndertoneDbContext(options);
                await otherTab(other);
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}

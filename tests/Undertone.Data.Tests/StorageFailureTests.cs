namespace Undertone.Data.Tests;

/// <summary>The failures SQLite really produces, classified once: a file problem is a reason, anything else a bug.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task Classify_AStoreWriteWhileAnotherProgramHoldsTheFile_IsBusy()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new QuestionStore(new ShortTimeout(database), TimeProvider.System);
        await using var other = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        var failure = await Record.ExceptionAsync(() => store.AddQuestionAsync("What did I mean?"));

        Assert.NotNull(failure);
        Assert.Equal(StorageProblem.Busy, StorageFailure.Classify(failure));
    }

    [Fact]
    public async Task Classify_AWriteToAReadOnlyFile_IsReadOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var readOnly = new DbContextOptionsBuilder<UndertoneDbContext>()
            .UseSqlite($"Data Source={database.Path};Mode=ReadOnly;Pooling=False").Options;
        var store = new QuestionStore(new Factory(readOnly), TimeProvider.System);

        var failure = await Record.ExceptionAsync(() => store.AddQuestionAsync("What did I mean?"));

        Assert.NotNull(failure);
        Assert.Equal(StorageProblem.ReadOnly, StorageFailure.Classify(failure));
    }

    [Fact]
    public async Task Classify_ABrokenQuery_IsABug_AndItsDescriptionKeepsTheStackButNotTheWords()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var failure = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("SELECT * FROM JournalSearch WHERE JournalSearch MATCH 'panic:'"));

        Assert.IsType<SqliteException>(failure);
        Assert.Contains("panic", failure.Message, StringComparison.Ordinal); // SQLite echoes the words...
        Assert.Null(StorageFailure.Classify(failure));
        var described = StorageFailure.Describe(failure);
        Assert.DoesNotContain("panic", described, StringComparison.Ordinal); // ...the log does not
        Assert.Contains("SQLite error 1", described, StringComparison.Ordinal);
        Assert.Contains(" at ", described, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_TheLockedJournal_IsLocked_AndOrdinaryBugsAreNot()
    {
        Assert.Equal(StorageProblem.Locked, StorageFailure.Classify(new JournalLockedException()));
        Assert.Null(StorageFailure.Classify(new InvalidOperationException("database is locked")));
        Assert.Null(StorageFailure.Classify(new ArgumentException("a bug")));
    }

    private sealed class Factory(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() => new(options);
    }

    /// <summary>The real file with a short busy timeout, so the test doesn't wait the app's five seconds.</summary>
    private sealed class ShortTimeout(TestDatabase database) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<UndertoneDbContext>(database.Options).AddInterceptors(new BusyTimeout()).Options;
            return new UndertoneDbContext(options);
        }
    }

    private sealed class BusyTimeout : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(
            System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=50;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

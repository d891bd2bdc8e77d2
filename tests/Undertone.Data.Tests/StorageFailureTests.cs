namespace Undertone.Data.Tests;

/// <summary>The failures SQLite really produces, classified once: a file problem is a reason, anything else a bug.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task Classify_AStoreWriteWhileAnotherProgramHoldsTheFile_IsBusy()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var other = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        await AssertAddingAQuestionFailsAsync(new ShortTimeout(database), StorageProblem.Busy);
    }

    [Fact]
    public async Task Classify_AWriteToAReadOnlyFile_IsReadOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var readOnly = new DbContextOptionsBuilder<UndertoneDbContext>()
            .UseSqlite($"Data Source={database.Path};Mode=ReadOnly;Pooling=False").Options;

        await AssertAddingAQuestionFailsAsync(new Factory(readOnly), StorageProblem.ReadOnly);
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

    /// <summary>Adds a question through <paramref name="contexts"/>, as the app would, and checks what its failure is classified as.</summary>
    private static async Task AssertAddingAQuestionFailsAsync(IDbContextFactory<UndertoneDbContext> contexts, StorageProblem expected)
    {
        var store = new QuestionStore(contexts, TimeProvider.System);

        var failure = await Record.ExceptionAsync(() => store.AddQuestionAsync("What did I mean?"));

        Assert.NotNull(failure);
        Assert.Equal(expected, StorageFailure.Classify(failure));
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

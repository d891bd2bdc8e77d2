using Undertone.Domain.Encryption;

namespace Undertone.Data.Tests.Encryption;

/// <summary>
/// The passphrase lock against real files, read the way someone who copied the data folder would read them.
/// Where the build had no C compiler (no encrypting SQLite), the lock must refuse to set up instead.
/// </summary>
public sealed class JournalLockTests : IAsyncLifetime
{
    private const string Passphrase = "correct horse battery staple";

    // Cheap Argon2id for tests; the real parameters are Argon2Settings.Default (measured in docs/decisions/008-encryption-at-rest.md).
    private static readonly Argon2Settings FastKdf = new(MemoryKiB: 1024, Iterations: 1, Parallelism: 1);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly string _canary = "qzv" + Guid.NewGuid().ToString("N")[..12].Replace('0', 'k').Replace('1', 'w');
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SetUp_CanaryInRecapQuestionScriptThemeAndSearch_IsInNoFileOfTheFolder_AfterSetUpReopenAndNewPassphrase()
    {
        await WriteCanaryEverywhereAsync(new Keyed(_database.Path, journalLock: null));
        Assert.NotEmpty(FilesHoldingCanary()); // the scan finds it while the journal is plain

        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        Assert.Empty(FilesHoldingCanary());

        // Used while unlocked: reads, searches and new writes (into the WAL) stay encrypted too. A connection that has
        // read the file is held meanwhile, as the app's pool holds one: other tests clear every pool at any moment, and
        // the last connection to close would empty and remove the WAL.
        var unlocked = new Keyed(_database.Path, journalLock);
        await using (var held = unlocked.CreateDbContext())
        {
            await held.Database.OpenConnectionAsync();
            Assert.Equal(1, await held.Questions.CountAsync());
            Assert.NotEmpty(await new JournalSearch(unlocked).SearchAsync(_canary));
            await new QuestionStore(unlocked, _clock).AddQuestionAsync($"And one more about {_canary} after the lock");
            Assert.True(File.Exists(_database.Path + "-wal"));
            Assert.Empty(FilesHoldingCanary());
        }

        // A restart: a new lock on the same folder starts locked, and opens with the passphrase.
        journalLock.Lock();
        using var afterRestart = NewLock();
        Assert.Equal(new LockState(Available: true, Encrypted: true, Locked: true), afterRestart.State);
        Assert.True((await afterRestart.UnlockAsync(Passphrase)).IsAccepted);
        var reopened = new QuestionStore(new Keyed(_database.Path, afterRestart), _clock);
        Assert.Equal(2, (await reopened.ListQuestionsAsync()).Count);
        Assert.Empty(FilesHoldingCanary());

        Assert.True((await afterRestart.ChangePassphraseAsync(Passphrase, "a whole new passphrase")).IsAccepted);
        Assert.Empty(FilesHoldingCanary());
        afterRestart.Lock();
        Assert.Equal(PassphraseCheck.Wrong, (await afterRestart.UnlockAsync(Passphrase)).Check);
        Assert.True((await afterRestart.UnlockAsync("a whole new passphrase")).IsAccepted);
        Assert.Equal(2, (await reopened.ListQuestionsAsync()).Count);
    }

    [Fact]
    public async Task SetUp_TextDeletedEarlierWithoutSecureDelete_IsNotLeftInFreePages()
    {
        await using (var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(_database.Path, pooling: false)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                PRAGMA secure_delete=OFF;
                CREATE TABLE Scratch(Text TEXT);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
                INSERT INTO Scratch SELECT printf('%d {_canary} %s', i, zeroblob(500)) FROM n;
                DROP TABLE Scratch;
                PRAGMA wal_checkpoint(TRUNCATE);
                """;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Contains(UndertoneDatabase.FileName, FilesHoldingCanary()); // left behind in the file's free pages

        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        Assert.Empty(FilesHoldingCanary());
    }

    [Fact]
    public async Task Unlock_AfterTheAppStoppedBetweenWritingTheKeyFileAndEncrypting_FinishesEncrypting()
    {
        var plain = new Keyed(_database.Path, journalLock: null);
        await WriteCanaryEverywhereAsync(plain);
        var before = await DumpAsync(plain);
        var plainCopy = Path.Combine(Path.GetTempPath(), "undertone-tests", Guid.NewGuid().ToString("N") + ".db");
        await using (var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(_database.Path, pooling: false)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Copy(_database.Path, plainCopy);
        try
        {
            using (var setUp = NewLock())
            {
                if (await SetUpOrCheckRefusalAsync(setUp) is null)
                {
                    return;
                }
            }

            // The state a stop in between leaves: the key file written, the journal still the plain file.
            SqliteConnection.ClearAllPools();
            File.Delete(_database.Path + "-wal");
            File.Delete(_database.Path + "-shm");
            File.Copy(plainCopy, _database.Path, overwrite: true);

            using var journalLock = NewLock();
            Assert.True(journalLock.IsLocked);
            Assert.True((await journalLock.UnlockAsync(Passphrase)).IsAccepted);

            Assert.Empty(FilesHoldingCanary());
            Assert.Equal(before, await DumpAsync(new Keyed(_database.Path, journalLock)));
        }
        finally
        {
            File.Delete(plainCopy);
        }
    }

    [Fact]
    public async Task SetUp_KeepsEveryRowOfEveryTable()
    {
        var plain = new Keyed(_database.Path, journalLock: null);
        await new SampleEntries(plain, _clock).AddSampleEntriesAsync();
        await WriteCanaryEverywhereAsync(plain);
        var before = await DumpAsync(plain);

        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        var after = await DumpAsync(new Keyed(_database.Path, journalLock));
        Assert.Equal(before, after);
        Assert.Contains("Recaps:", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlock_WrongPassphraseOrKey_OpensNothing_AndTheFileIsNotADatabaseToAnyoneWithoutTheKey()
    {
        await WriteCanaryEverywhereAsync(new Keyed(_database.Path, journalLock: null));
        using (var setUp = NewLock())
        {
            if (await SetUpOrCheckRefusalAsync(setUp) is null)
            {
                return;
            }
        }

        using var journalLock = NewLock();
        var result = await journalLock.UnlockAsync("correct horse battery stapler");

        Assert.Equal(PassphraseCheck.Wrong, result.Check);
        Assert.True(journalLock.IsLocked);
        var store = new QuestionStore(new Keyed(_database.Path, journalLock), _clock);
        await Assert.ThrowsAsync<JournalLockedException>(() => store.ListQuestionsAsync());

        // Someone with a copy of the folder and plain SQLite, or with a guessed key, reads nothing.
        Assert.Equal(26, (await Assert.ThrowsAsync<SqliteException>(() => ReadQuestionsAsync(password: null))).SqliteErrorCode);
        var guessedKey = $"x'{Convert.ToHexString(new byte[32])}'";
        Assert.Equal(26, (await Assert.ThrowsAsync<SqliteException>(() => ReadQuestionsAsync(guessedKey))).SqliteErrorCode);
        Assert.Equal(26, (await Assert.ThrowsAsync<SqliteException>(() => ReadQuestionsAsync(Passphrase))).SqliteErrorCode);
    }

    [Fact]
    public async Task UnlockWithRecoveryKey_AsTypedByAPerson_Opens_AndCanSetANewPassphrase()
    {
        await new QuestionStore(new Keyed(_database.Path, journalLock: null), _clock).AddQuestionAsync("Is this still here?");
        string? recoveryKey;
        using (var setUp = NewLock())
        {
            recoveryKey = await SetUpOrCheckRefusalAsync(setUp);
        }

        if (recoveryKey is null)
        {
            return;
        }

        using var journalLock = NewLock();
        Assert.Equal(PassphraseCheck.Wrong, (await journalLock.UnlockWithRecoveryKeyAsync(RecoveryKeyText.Format(new byte[20]))).Check);
        Assert.Equal(PassphraseCheck.Wrong, (await journalLock.UnlockWithRecoveryKeyAsync("not a key")).Check);

        var typed = recoveryKey.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        Assert.True((await journalLock.UnlockWithRecoveryKeyAsync(typed)).IsAccepted);
        Assert.Single(await new QuestionStore(new Keyed(_database.Path, journalLock), _clock).ListQuestionsAsync());

        // Forgot the passphrase: the recovery key sets a new one, and the recovery key keeps working.
        Assert.True((await journalLock.ResetPassphraseAsync(recoveryKey, "remembered this time")).IsAccepted);
        journalLock.Lock();
        Assert.True((await journalLock.UnlockAsync("remembered this time")).IsAccepted);
        journalLock.Lock();
        Assert.True((await journalLock.UnlockWithRecoveryKeyAsync(recoveryKey)).IsAccepted);
    }

    [Fact]
    public async Task Unlock_RepeatedWrongPassphrases_WaitBeforeCheckingAgain_EvenTheRightOne()
    {
        using (var setUp = NewLock())
        {
            if (await SetUpOrCheckRefusalAsync(setUp) is null)
            {
                return;
            }
        }

        using var journalLock = NewLock();
        for (var i = 1; i <= UnlockBackoff.FreeAttempts; i++)
        {
            Assert.Equal(new PassphraseResult(PassphraseCheck.Wrong, TimeSpan.Zero), await journalLock.UnlockAsync($"guess {i}"));
        }

        Assert.Equal(new PassphraseResult(PassphraseCheck.Wrong, UnlockBackoff.First), await journalLock.UnlockAsync("guess 4"));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(new PassphraseResult(PassphraseCheck.WaitFirst, TimeSpan.FromSeconds(3)), await journalLock.UnlockAsync(Passphrase));
        Assert.True(journalLock.IsLocked);

        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True((await journalLock.UnlockAsync(Passphrase)).IsAccepted);

        // A success starts the count again.
        journalLock.Lock();
        Assert.Equal(new PassphraseResult(PassphraseCheck.Wrong, TimeSpan.Zero), await journalLock.UnlockAsync("guess 5"));
    }

    [Fact]
    public async Task Lock_ClosesTheJournalUntilUnlockedAgain()
    {
        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        var store = new QuestionStore(new Keyed(_database.Path, journalLock), _clock);
        await store.AddQuestionAsync("Written while unlocked");

        journalLock.Lock();

        Assert.True(journalLock.State.Locked);
        await Assert.ThrowsAsync<JournalLockedException>(() => store.ListQuestionsAsync());
        await Assert.ThrowsAsync<JournalLockedException>(() => store.AddQuestionAsync("Written while locked"));
        Assert.True((await journalLock.UnlockAsync(Passphrase)).IsAccepted);
        Assert.Equal("Written while unlocked", Assert.Single(await store.ListQuestionsAsync()).Text);
    }

    [Fact]
    public async Task Remove_WithTheRightPassphrase_DecryptsBackToAPlainFileWithEveryRow()
    {
        var plain = new Keyed(_database.Path, journalLock: null);
        await WriteCanaryEverywhereAsync(plain);
        var before = await DumpAsync(plain);
        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        Assert.Equal(PassphraseCheck.Wrong, (await journalLock.RemoveAsync("not it")).Check);
        Assert.True(File.Exists(journalLock.KeyFilePath));

        Assert.True((await journalLock.RemoveAsync(Passphrase)).IsAccepted);

        Assert.False(File.Exists(journalLock.KeyFilePath));
        Assert.Equal(new LockState(Available: true, Encrypted: false, Locked: false), journalLock.State);
        Assert.StartsWith("SQLite format 3", Encoding.ASCII.GetString(File.ReadAllBytes(_database.Path), 0, 15), StringComparison.Ordinal);
        Assert.Equal(before, await DumpAsync(plain));
        using var afterRestart = NewLock();
        Assert.False(afterRestart.IsLocked);
    }

    [Fact]
    public async Task KeyFile_WithItsArgon2ParametersTamperedDown_DoesNotOpen()
    {
        using (var setUp = NewLock())
        {
            if (await SetUpOrCheckRefusalAsync(setUp) is null)
            {
                return;
            }
        }

        var keyFile = Path.Combine(_database.Folder, JournalLock.KeyFileName);
        var text = await File.ReadAllTextAsync(keyFile);
        Assert.Contains("\"memoryKiB\": 1024", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(keyFile, text.Replace("\"memoryKiB\": 1024", "\"memoryKiB\": 8", StringComparison.Ordinal));

        using var journalLock = NewLock();
        Assert.Equal(PassphraseCheck.Wrong, (await journalLock.UnlockAsync(Passphrase)).Check);
    }

    [Fact]
    public async Task SetUp_Twice_IsRefused_AndTheFirstPassphraseStillOpens()
    {
        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        await Assert.ThrowsAsync<PassphraseAlreadySetException>(() => journalLock.SetUpAsync("another one"));
        journalLock.Lock();
        Assert.True((await journalLock.UnlockAsync(Passphrase)).IsAccepted);
    }

    [Fact]
    public async Task ForgetLock_NeedsTheJournalOpen_ThenLeavesAPlainFileAndNoKeyFile()
    {
        using var journalLock = NewLock();
        if (await SetUpOrCheckRefusalAsync(journalLock) is null)
        {
            return;
        }

        journalLock.Lock();
        await Assert.ThrowsAsync<JournalLockedException>(() => journalLock.ForgetLockAsync());
        Assert.True(File.Exists(journalLock.KeyFilePath));
        Assert.True((await journalLock.UnlockAsync(Passphrase)).IsAccepted);

        await journalLock.ForgetLockAsync();

        Assert.False(File.Exists(journalLock.KeyFilePath));
        Assert.Equal(new LockState(Available: true, Encrypted: false, Locked: false), journalLock.State);
        Assert.StartsWith("SQLite format 3", Encoding.ASCII.GetString(File.ReadAllBytes(_database.Path), 0, 15), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NoPassphraseException>(() => journalLock.ChangePassphraseAsync(Passphrase, "another long passphrase"));
        using var reopened = NewLock();
        Assert.Equal(new LockState(Available: true, Encrypted: false, Locked: false), reopened.State);
    }

    private JournalLock NewLock() => new(_database.Path, _clock, FastKdf);

    /// <summary>
    /// Sets up the lock and returns the recovery key; or, where this build has no encrypting SQLite, checks that the lock says
    /// so, refuses, and leaves the journal plain, and returns null.
    /// </summary>
    private async Task<string?> SetUpOrCheckRefusalAsync(JournalLock journalLock)
    {
        if (SqliteNative.Status.EncryptionAvailable)
        {
            var recoveryKey = await journalLock.SetUpAsync(Passphrase);
            Assert.True(RecoveryKeyText.TryParse(recoveryKey, out _));
            Assert.Equal(new LockState(Available: true, Encrypted: true, Locked: false), journalLock.State);
            return recoveryKey;
        }

        Assert.False(journalLock.State.Available);
        await Assert.ThrowsAsync<EncryptionUnavailableException>(() => journalLock.SetUpAsync(Passphrase));
        Assert.False(File.Exists(journalLock.KeyFilePath));
        Assert.StartsWith("SQLite format 3", Encoding.ASCII.GetString(File.ReadAllBytes(_database.Path), 0, 15), StringComparison.Ordinal);
        return null;
    }

    private async Task WriteCanaryEverywhereAsync(IDbContextFactory<UndertoneDbContext> factory)
    {
        var recap = await new RecapStore(factory, _clock).SaveRecapAsync(null, new RecapDraft
        {
            SessionDate = Today,
            WhatCameUp = $"We talked about {_canary} for most of the hour.",
            TherapistSaid = $"She said {_canary} is worth coming back to.",
            ThemeNames = [$"theme {_canary}"],
        }, 0);
        Assert.Equal(SaveStatus.Saved, recap.Status);
        Assert.Equal(SaveStatus.Saved, (await new QuestionStore(factory, _clock).AddQuestionAsync($"Why does {_canary} keep coming up?")).Status);
        Assert.NotEmpty(await new JournalSearch(factory).SearchAsync(_canary));

        var scripts = new ScriptStore(factory, _clock);
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
        var script = await scripts.SaveScriptAsync(null, new SavedScriptInput($"Ask about {_canary}", ask, $"Could I keep notes about {_canary}?", true, [], ""), 0);
        Assert.Equal(SaveStatus.Saved, script.Status);
    }

    /// <summary>Files in the data folder holding the canary, or any 8 characters of it, as UTF-8 or UTF-16.</summary>
    private List<string> FilesHoldingCanary()
    {
        var needles = Enumerable.Range(0, _canary.Length - 7)
            .Select(i => _canary.Substring(i, 8))
            .SelectMany(piece => new[] { Encoding.UTF8.GetBytes(piece), Encoding.Unicode.GetBytes(piece) })
            .ToList();
        return Directory.EnumerateFiles(_database.Folder, "*", SearchOption.AllDirectories)
            .Where(file =>
            {
                var bytes = DataFolderCanary.ReadIfStillThere(file);
                return needles.Any(needle => bytes.AsSpan().IndexOf(needle) >= 0);
            })
            .Select(Path.GetFileName)
            .ToList()!;
    }

    private async Task ReadQuestionsAsync(string? password)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _database.Path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            Password = password ?? string.Empty,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Questions;";
        await command.ExecuteScalarAsync();
    }

    /// <summary>Every row of every table, in rowid order, as text.</summary>
    private static async Task<string> DumpAsync(IDbContextFactory<UndertoneDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            var body = new StringBuilder();
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    body.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] blob ? Convert.ToHexString(blob) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                body.Append('\n');
            }

            dump.Append(table).Append(": ").Append(rows).Append(" rows\n").Append(body);
        }

        return dump.ToString();
    }

    private sealed class Keyed(string path, JournalLock? journalLock) : IDbContextFactory<UndertoneDbContext>
    {
        private readonly DbContextOptions<UndertoneDbContext> _options = UndertoneDatabase.CreateOptions(path, journalLock);

        public UndertoneDbContext CreateDbContext() => new(_options);
    }
}

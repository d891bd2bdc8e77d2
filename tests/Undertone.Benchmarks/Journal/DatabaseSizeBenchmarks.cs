using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Benchmarks.Journal;

/// <summary>
/// How much disk a journal takes (issue 19, goal 4): bytes on disk per recap of about 1,000 characters against the
/// recap's own text (goal ≤ 1.3 ×), how much the start-up tidy grows the file, and how large the <c>-wal</c> is after a
/// burst of autosaves. The sizes are printed once, in the global setup ("// Size: …" lines in the log); the timed
/// benchmarks are the save and the start-up tidy on that journal.
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[MemoryDiagnoser]
public class DatabaseSizeBenchmarks
{
    /// <summary>Recaps in the measured journal.</summary>
    public const int RecapCount = 2_000;

    /// <summary>Autosaves in the burst whose <c>-wal</c> is measured.</summary>
    public const int BurstSaves = 300;

    private string _folder = null!;
    private string _path = null!;
    private DbContextOptions<UndertoneDbContext> _options = null!;
    private RecapStore _recaps = null!;
    private SaveResult _edited = null!;
    private int _n;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>An autosave of a recap of about 1,000 characters.</summary>
    [Benchmark]
    public async Task<SaveResult> SaveRecap()
    {
        _edited = await _recaps.SaveRecapAsync(_edited.Id, Draft(new Random(++_n)), _edited.Version);
        return _edited;
    }

    /// <summary>What start-up does to the file after the migrations.</summary>
    [Benchmark]
    public async Task TidyAtStartUp()
    {
        await using var db = new UndertoneDbContext(_options);
        await UndertoneDatabase.TidyFileAsync(db);
    }

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "undertone-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, UndertoneDatabase.FileName);
        _options = UndertoneDatabase.CreateOptions(_path);
        await using (var db = new UndertoneDbContext(_options))
        {
            await UndertoneDatabase.MigrateAsync(db, _path);
        }

        var factory = new Factory(_options);
        _recaps = new RecapStore(factory, TimeProvider.System);
        var random = new Random(19);
        long textBytes = 0;
        for (var i = 0; i < RecapCount; i++)
        {
            var draft = Draft(random);
            textBytes += TextBytes(draft);
            _edited = await _recaps.SaveRecapAsync(null, draft, 0);
        }

        await CheckpointAsync();
        var empty = await EmptyJournalBytesAsync();
        var full = FileBytes();
        Print($"{RecapCount:N0} recaps, text {textBytes / (double)RecapCount:F0} bytes each (UTF-8); database {full:N0} bytes, empty journal {empty:N0} bytes");
        Print($"bytes on disk per recap {(full - empty) / (double)RecapCount:F0} = {(full - empty) / (double)textBytes:F2} x the text (goal <= 1.30)");
        Print($"search index {await IndexBytesAsync():N0} bytes; free pages {await PragmaAsync("freelist_count"):N0}");

        await using (var db = new UndertoneDbContext(_options))
        {
            await UndertoneDatabase.TidyFileAsync(db);
        }

        await CheckpointAsync();
        var afterTidy = FileBytes();
        Print($"start-up tidy: {full:N0} -> {afterTidy:N0} bytes ({(afterTidy - full) * 100.0 / full:+0.0;-0.0}%)");

        SqliteConnection.ClearAllPools();
        for (var i = 0; i < BurstSaves; i++)
        {
            await SaveRecap();
        }

        var wal = new FileInfo(_path + "-wal");
        Print($"-wal after {BurstSaves} autosaves: {(wal.Exists ? wal.Length : 0):N0} bytes");
        await CheckpointAsync();
    }

    private static RecapDraft Draft(Random random) => new()
    {
        SessionDate = new DateOnly(2026, 11, 20),
        WhatCameUp = JournalText(random, 520),
        Takeaways = JournalText(random, 240),
        NextSteps = JournalText(random, 140),
        ToRevisit = JournalText(random, 100),
    };

    private static long TextBytes(RecapDraft draft) =>
        Encoding.UTF8.GetByteCount(draft.WhatCameUp) + Encoding.UTF8.GetByteCount(draft.Takeaways)
        + Encoding.UTF8.GetByteCount(draft.NextSteps) + Encoding.UTF8.GetByteCount(draft.ToRevisit);

    // Everyday words, most of them common and some rarer (a pool of 3,000 made-up words), about as a journal reads.
    private static string JournalText(Random random, int characters)
    {
        var text = new StringBuilder(characters + 16);
        while (text.Length < characters)
        {
            if (text.Length > 0)
            {
                text.Append(random.Next(12) == 0 ? ". " : " ");
            }

            text.Append(random.Next(5) == 0 ? RareWord(random.Next(3_000)) : Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))]);
        }

        return text.Append('.').ToString();
    }

    private static string RareWord(int n)
    {
        var random = new Random(n);
        Span<char> chars = stackalloc char[5 + random.Next(6)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }

    private static readonly string[] Words =
    [
        "I", "the", "and", "to", "a", "of", "my", "it", "that", "was", "in", "we", "about", "me", "is", "felt", "feel",
        "talked", "not", "with", "for", "she", "he", "when", "but", "so", "again", "this", "week", "work", "mother",
        "sleep", "anxiety", "boundaries", "saying", "no", "guilt", "shame", "friend", "partner", "tired", "calm",
        "today", "night", "morning", "panic", "breathing", "walk", "rest", "job", "deadline", "help", "asked", "kind",
        "voice", "inner", "critic", "childhood", "school", "memory", "body", "tense", "relief", "hope", "small", "step",
        "homework", "notebook", "journal", "routine", "food", "weekend", "holiday", "visit", "call", "message", "trust",
        "therapist", "session", "noticed", "pattern", "angry", "sad", "overwhelmed", "shutdown", "remember", "forgot",
        "practice", "try", "next", "time", "brother", "sister", "father", "family", "home", "alone", "safe", "enough",
    ];

    private async Task<long> EmptyJournalBytesAsync()
    {
        var path = Path.Combine(_folder, "empty.db");
        await using (var db = new UndertoneDbContext(UndertoneDatabase.CreateOptions(path)))
        {
            await UndertoneDatabase.MigrateAsync(db, path);
        }

        SqliteConnection.ClearAllPools();
        return new FileInfo(path).Length;
    }

    private async Task<long> IndexBytesAsync()
    {
        // dbstat is not compiled in; the index's own bytes are its segments (the shadow table JournalSearch_data).
        await using var db = new UndertoneDbContext(_options);
        return await db.Database.SqlQuery<long>($"SELECT coalesce(sum(length(block)), 0) AS Value FROM JournalSearch_data").SingleAsync();
    }

    private async Task<long> PragmaAsync(string name)
    {
        await using var db = new UndertoneDbContext(_options);
        await db.Database.OpenConnectionAsync();
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.CommandText = "PRAGMA " + name;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
    }

    private async Task CheckpointAsync()
    {
        await using var db = new UndertoneDbContext(_options);
        await DeletedTextCheckpoint.RunAsync(db);
    }

    private long FileBytes() => new FileInfo(_path).Length;

    private static void Print(string line) => Console.WriteLine("// Size: " + line);

    private sealed class Factory(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() => new(options);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Benchmarks.Journal;

/// <summary>A migrated SQLite file in a temp folder, seeded with generated recaps, questions and themes.</summary>
internal sealed class JournalBenchmarkDatabase : IDbContextFactory<UndertoneDbContext>, IDisposable
{
    private DbContextOptions<UndertoneDbContext> _options;

    private JournalBenchmarkDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, UndertoneDatabase.FileName);
        _options = UndertoneDatabase.CreateOptions(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The passphrase lock, when the journal was created encrypted.</summary>
    public JournalLock? Lock { get; private set; }

    /// <summary>A seeded journal, encrypted with the passphrase lock (real Argon2id settings) when asked.</summary>
    public static JournalBenchmarkDatabase Create(int recapCount, bool encrypted)
    {
        var database = Create(recapCount);
        if (encrypted)
        {
            database.Lock = new JournalLock(database.Path, TimeProvider.System);
            database.Lock.SetUpAsync(EncryptionBenchmarks.Passphrase).GetAwaiter().GetResult();
            database._options = UndertoneDatabase.CreateOptions(database.Path, database.Lock);
        }

        return database;
    }

    public static JournalBenchmarkDatabase Create(int recapCount)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "undertone-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new JournalBenchmarkDatabase(folder);
        using (var db = database.CreateDbContext())
        {
            UndertoneDatabase.MigrateAsync(db, database.Path).GetAwaiter().GetResult();
        }

        database.Seed(recapCount);
        return database;
    }

    public UndertoneDbContext CreateDbContext() => new(_options);

    public RecapStore CreateRecapStore() => new(this, TimeProvider.System);

    public JournalSearch CreateSearch() => new(this);

    /// <summary>The recap the save benchmarks write again and again; <paramref name="n"/> makes each save a real change.</summary>
    public static RecapDraft SaveDraft(int n) => new()
    {
        SessionDate = new DateOnly(2026, 11, 20),
        WhatCameUp = "We talked about boundaries at work and the guilt after saying no. Draft " + n,
        Takeaways = "Saying no can be kind.",
        NextSteps = "Try one small no this week.",
        ThemeNames = ["Work", "Boundaries"],
    };

    private void Seed(int recapCount)
    {
        var random = new Random(42);
        using var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(Path));
        connection.Open();
        using var transaction = connection.BeginTransaction();

        using (var theme = connection.CreateCommand())
        {
            theme.Transaction = transaction;
            theme.CommandText = "INSERT INTO Themes (Name, NormalizedName, Colour, IsSample) VALUES ($name, $norm, NULL, 0)";
            var name = theme.Parameters.Add("$name", SqliteType.Text);
            var norm = theme.Parameters.Add("$norm", SqliteType.Text);
            for (var i = 0; i < 30; i++)
            {
                name.Value = "Theme " + i.ToString(CultureInfo.InvariantCulture);
                norm.Value = "THEME " + i.ToString(CultureInfo.InvariantCulture);
                theme.ExecuteNonQuery();
            }
        }

        using var recap = connection.CreateCommand();
        recap.Transaction = transaction;
        recap.CommandText = """
            INSERT INTO Recaps (SessionDate, Label, WhatCameUp, Takeaways, NextSteps, ToRevisit, Feeling, FeelingWords, TherapistSaid, IsSample, CreatedAt, UpdatedAt, Version)
            VALUES ($date, '', $came, $take, $next, $revisit, 3, '', '', 0, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00', 1);
            INSERT INTO RecapThemes (RecapId, ThemeId) VALUES (last_insert_rowid(), $t1);
            """;
        var date = recap.Parameters.Add("$date", SqliteType.Text);
        var came = recap.Parameters.Add("$came", SqliteType.Text);
        var take = recap.Parameters.Add("$take", SqliteType.Text);
        var next = recap.Parameters.Add("$next", SqliteType.Text);
        var revisit = recap.Parameters.Add("$revisit", SqliteType.Text);
        var t1 = recap.Parameters.Add("$t1", SqliteType.Integer);
        var start = new DateOnly(2026, 11, 24);
        for (var i = 0; i < recapCount; i++)
        {
            date.Value = start.AddDays(-(i / 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            came.Value = Sentence(random, 40, plant: i % 200 == 0);
            take.Value = Sentence(random, 15, plant: false);
            next.Value = Sentence(random, 10, plant: false);
            revisit.Value = Sentence(random, 8, plant: false);
            t1.Value = 1 + random.Next(30);
            recap.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static string Sentence(Random random, int words, bool plant) => BenchmarkText.Sentence(random, BenchmarkText.EverydayWords, words, plant);

    public void Dispose()
    {
        Lock?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

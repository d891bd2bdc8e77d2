using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;

namespace Undertone.Benchmarks.Postgres;

/// <summary>
/// Search in server mode (issue 18): 100,000 recaps of about 1,000 characters, spread over 100 people on one
/// PostgreSQL database, and one person searching their own 1,000. Goal: p95 ≤ 15 ms. Needs
/// <c>UNDERTONE_TEST_POSTGRES</c> (as for the data tests). The seeded database, <see cref="DatabaseName"/>, is kept
/// between runs (seeding takes a while and every benchmark runs in its own process); drop it when done.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class PostgresSearchBenchmarks : SearchAsTypedBenchmarks
{
    /// <summary>The benchmark's database; the number changes whenever the seeded journal does.</summary>
    public const string DatabaseName = "undertone_bench_search_3";

    private const int People = 100;

    private const int RecapsPerPerson = 1_000;

    // The everyday journal words, some more in other languages with accents, and generated filler words, so the text
    // has a realistic mix of common and rare words. "lighthouse" is planted in about 1 in 200 recaps.
    private static readonly string[] CommonWords =
    [
        .. BenchmarkText.EverydayWords,
        "café", "Noël", "déjà", "naïve", "Ärger", "über", "mañana", "señora", "résumé", "fiancé", "don't", "I'm", "well-being",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var server = Environment.GetEnvironmentVariable("UNDERTONE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("Set UNDERTONE_TEST_POSTGRES (README, \"Tests on PostgreSQL\") to run the PostgreSQL benchmarks.");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ToString();
        var person = PersonId(People / 2);
        EnsureSeededAsync(server, connectionString).GetAwaiter().GetResult();
        Search = new JournalSearch(new Contexts(UndertonePostgres.CreateOptions(connectionString, new KnownPerson(person))));
    }

    /// <summary>A whole word found in about three recaps in four.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchWholeWord() => Search.SearchAsync("boundaries");

    /// <summary>A word typed with an accent, found in about three recaps in four.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchAccentedWord() => Search.SearchAsync("fiancé");

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchNoHits() => Search.SearchAsync("quokka");

    private static Guid PersonId(int n) => new(n, 0x18, 0x18, [0, 0, 0, 0, 0, 0, 0, 1]);

    /// <summary>
    /// Migrates and seeds the database unless an earlier run did. Rows go in with binary COPY as the tables' owner,
    /// with row-level security switched from forced to not forced for the seeding only (COPY cannot write to a table
    /// whose policies apply to the writer); it is forced again before any search runs.
    /// </summary>
    private static async Task EnsureSeededAsync(string server, string connectionString)
    {
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{DatabaseName}'", admin);
            if ((long)(await exists.ExecuteScalarAsync())! == 1)
            {
                return;
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}_seeding\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var seeding = new NpgsqlConnectionStringBuilder(connectionString) { Database = DatabaseName + "_seeding" }.ToString();
        await using (var db = new UndertoneDbContext(UndertonePostgres.CreateOptions(seeding, new KnownPerson(null))))
        {
            await UndertonePostgres.MigrateAsync(db);
        }

        await using (var connection = new NpgsqlConnection(seeding))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "ALTER TABLE \"Recaps\" NO FORCE ROW LEVEL SECURITY");
            var random = new Random(18);
            await using (var import = await connection.BeginBinaryImportAsync(
                "COPY \"Recaps\" (\"SessionDate\", \"Label\", \"WhatCameUp\", \"Takeaways\", \"NextSteps\", \"ToRevisit\", \"FeelingWords\", \"TherapistSaid\", " +
                "\"IsSample\", \"CreatedAt\", \"UpdatedAt\", \"Version\", \"OwnerId\") FROM STDIN (FORMAT BINARY)"))
            {
                var start = new DateOnly(2026, 11, 24);
                var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                for (var i = 0; i < People * RecapsPerPerson; i++)
                {
                    await import.StartRowAsync();
                    await import.WriteAsync(start.AddDays(-(i / People / 3)), NpgsqlDbType.Date);
                    await import.WriteAsync("", NpgsqlDbType.Varchar);
                    await import.WriteAsync(Sentence(random, 80, plant: i / People % 200 == 7), NpgsqlDbType.Varchar);
                    await import.WriteAsync(Sentence(random, 35, plant: false), NpgsqlDbType.Varchar);
                    await import.WriteAsync(Sentence(random, 25, plant: false), NpgsqlDbType.Varchar);
                    await import.WriteAsync(Sentence(random, 20, plant: false), NpgsqlDbType.Varchar);
                    await import.WriteAsync("", NpgsqlDbType.Varchar);
                    await import.WriteAsync("", NpgsqlDbType.Varchar);
                    await import.WriteAsync(false, NpgsqlDbType.Boolean);
                    await import.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await import.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await import.WriteAsync(1L, NpgsqlDbType.Bigint);
                    await import.WriteAsync(PersonId(i % People), NpgsqlDbType.Uuid); // interleaved, as people write week by week
                }

                await import.CompleteAsync();
            }

            await ExecuteAsync(connection, "ALTER TABLE \"Recaps\" FORCE ROW LEVEL SECURITY");
            await ExecuteAsync(connection, "VACUUM ANALYZE \"Recaps\"");
        }

        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"ALTER DATABASE \"{DatabaseName}_seeding\" RENAME TO \"{DatabaseName}\"");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Sentence(Random random, int words, bool plant) => BenchmarkText.Sentence(random, CommonWords, words, plant);

    private sealed class Contexts(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() => new(options);
    }
}

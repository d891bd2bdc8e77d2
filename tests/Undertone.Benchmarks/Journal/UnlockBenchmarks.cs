namespace Undertone.Benchmarks.Journal;

/// <summary>
/// Unlocking an encrypted 10,000-recap journal with the passphrase: Argon2id with the real settings
/// (<see cref="Argon2Settings.Default"/>), unwrapping the data key and one check that the file opens (goal ≤ 1.5 s).
/// </summary>
[Config(typeof(JournalBenchmarkConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class UnlockBenchmarks
{
    private JournalBenchmarkDatabase _database = null!;

    [GlobalSetup]
    public void Setup() => _database = JournalBenchmarkDatabase.Create(10_000, encrypted: true);

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [IterationSetup]
    public void LockFirst() => _database.Lock!.Lock();

    [Benchmark]
    public async Task<PassphraseResult> Unlock()
    {
        var result = await _database.Lock!.UnlockAsync(EncryptionBenchmarks.Passphrase);
        return result.IsAccepted ? result : throw new InvalidOperationException("The benchmark passphrase did not unlock.");
    }
}

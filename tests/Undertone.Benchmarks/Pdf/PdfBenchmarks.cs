using Undertone.Pdf.Journal;

namespace Undertone.Benchmarks.Pdf;

/// <summary>
/// Goals (issue 6): one recap ≤ 30 ms, 200 recaps ≤ 1.5 s, a one-page file ≤ 200 KB.
/// Run: dotnet run -c Release --project tests/Undertone.Benchmarks -- --filter '*PdfBenchmarks*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private Recap _one = null!;
    private List<Recap> _many = null!;

    [GlobalSetup]
    public void Setup()
    {
        _one = Sample(1, new DateOnly(2026, 11, 24));
        _many = [.. Enumerable.Range(0, 200).Select(i => Sample(i + 1, new DateOnly(2022, 1, 3).AddDays(i * 7)))];

        // The file size goal, printed once next to the timings.
        using var one = JournalPdf.Recap(_one);
        using var all = JournalPdf.Recaps(_many, new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31));
        Console.WriteLine($"// PDF size: one recap {one.Length:N0} bytes; 200 recaps {all.Length:N0} bytes");
    }

    [Benchmark]
    public long OneRecap()
    {
        using var pdf = JournalPdf.Recap(_one);
        return pdf.Length;
    }

    [Benchmark]
    public long TwoHundredRecaps()
    {
        using var pdf = JournalPdf.Recaps(_many, new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31));
        return pdf.Length;
    }

    private static Recap Sample(int id, DateOnly date) => new()
    {
        Id = id,
        SessionDate = date,
        Label = "Session " + id,
        WhatCameUp = "Work stress again, and the café meeting with my sister. I said “I’m fine” when I wasn’t. "
            + "We talked about how the week started well and then slid, and how I noticed it only on Thursday.",
        Takeaways = "It’s okay to pause before answering — I don’t owe anyone an instant reply.\nÜbung macht den Meister.",
        NextSteps = "Walk after lunch.\nWrite three lines before bed.\nText Anna about Saturday.",
        ToRevisit = "Why the “quick question” from my boss makes me freeze…",
        Feeling = 3,
        FeelingWords = "tired but hopeful",
        Themes = [new Theme { Name = "work" }, new Theme { Name = "family" }],
    };
}

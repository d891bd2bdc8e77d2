namespace Undertone.Domain.Tests.Consent;

/// <summary>Seeded random asks (same 10,000 every run): reasons, memory notes, names and free text in many languages.</summary>
public sealed class ScriptComposerPropertyTests
{
    private const int Cases = 10_000;

    private static readonly Gen<string> Word = Gen.OneOf(
        "lose", "thread", "evening", "blur", "rest", "work", "tired", "garden", "quiet", "slow", "weeks", "sleep", "winter",
        "music", "kitchen", "family", "Łucja", "José", "Zoë", "naïve", "café", "🙂", "Anne-Marie", "O'Neil", "Nguyễn",
        "Søren", "Ōsaka", "Dr.", "Ms.", "Björk", "Αλέξης", "Иван", "李华", "Renée", "feel", "foggy", "anxious", "calm");

    private static readonly Gen<string> Noise = Gen.OneOf("", "", "", " ", "  ", ".", "!", " ,", "\t", "...");

    private static readonly Gen<ConsentAsk> Asks =
        Gen.Select(
            Gen.Enum<AskReason>().Array[0, 7],
            Gen.Enum<MemoryContext>().Array[0, 6],
            Optional(Text(60, ConsentAsk.MaxCustomReasonLength)),
            Gen.Select(Gen.Enum<RecordFormat>(), Gen.Enum<StoragePlace>(), Gen.Enum<RecordAccess>(), Gen.Enum<RecordUse>()),
            Gen.Select(Gen.Enum<RetentionKind>(), Gen.Int[RetentionRule.MinDays, RetentionRule.MaxDays]),
            Gen.Select(Gen.Enum<Tone>(), Gen.Enum<MessageLength>(), Gen.Enum<Delivery>()),
            Gen.Select(Optional(Text(4, ConsentAsk.MaxNameLength)), Optional(Text(4, ConsentAsk.MaxNameLength)),
                Optional(Text(5, ConsentAsk.MaxNameLength)), Optional(Text(5, ConsentAsk.MaxNameLength))),
            (reasons, memory, custom, choice, retention, shape, names) => new ConsentAsk
            {
                Reasons = reasons.Length == 0 && TextRules.Tidy(custom) is null ? [AskReason.RememberTakeaways] : reasons,
                MemoryContexts = memory,
                CustomReason = custom,
                Format = choice.Item1,
                Storage = choice.Item2,
                Access = choice.Item3,
                Use = choice.Item4,
                Retention = RetentionRule.From(retention.Item1, retention.Item2),
                Tone = shape.Item1,
                Length = shape.Item2,
                Delivery = shape.Item3,
                TherapistName = names.Item1,
                UserName = names.Item2,
                AccessPerson = names.Item3,
                SharePerson = names.Item4,
            });

    [Fact]
    public void Compose_TenThousandSeededAsks_AreWellFormedWithinLimitsAndPassTheCheck()
    {
        ForEachSeededAsk(3, (ask, script, i) =>
        {
            var problem = ScriptAssert.Problem(ask, script);
            Assert.True(problem is null, $"case {i}: {problem}\n---\n{script.Text}");
        });
    }

    [Fact]
    public void Compose_TenThousandSeededAsks_KeepTheUsersWordsVerbatimAfterTidying()
    {
        ForEachSeededAsk(5, (ask, script, i) =>
        {
            AssertContainsAsSentence(script.Parts[0].Text, ask.CustomReason, i);
            if (ask.Access == RecordAccess.MeAndSomeone)
            {
                AssertContains(script.Parts[2].Text, ask.AccessPerson, i);
            }

            if (ask.Use == RecordUse.ShareWith)
            {
                AssertContains(script.Parts[3].Text, ask.SharePerson, i);
            }

            if (ask.Delivery == Delivery.Written)
            {
                AssertContains(script.Text, ask.TherapistName, i);
                AssertContains(script.Text, ask.UserName, i);
            }
        });
    }

    [Fact]
    public void Compose_SeededAsksAcrossThreads_AreWellFormed()
    {
        // The same generator, composed on many threads at once, to catch any shared state in the composer. The asks
        // come from a fixed seed so a failure replays exactly (the message names the case).
        var pcg = new PCG(7, 24_112_026);
        var asks = Enumerable.Range(0, 2_000).Select(n => Asks.Generate(pcg, null, out _)).ToArray();
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, asks.Length, i =>
        {
            if (ScriptAssert.Problem(asks[i], ScriptComposer.Compose(asks[i])) is { } problem)
            {
                problems.Add($"case {i}: {problem}");
            }
        });

        Assert.Empty(problems);
    }

    /// <summary>Composes the same <see cref="Cases"/> asks every run (from <paramref name="stream"/>) and checks each.</summary>
    private static void ForEachSeededAsk(uint stream, Action<ConsentAsk, ConsentScript, int> check)
    {
        var pcg = new PCG(stream, 20_261_124);
        for (var i = 0; i < Cases; i++)
        {
            var ask = Asks.Generate(pcg, null, out _);
            check(ask, ScriptComposer.Compose(ask), i);
        }
    }

    private static void AssertContains(string text, string? userText, int index)
    {
        if (TextRules.Tidy(userText) is { } tidy)
        {
            Assert.True(text.Contains(tidy, StringComparison.Ordinal), $"case {index}: '{tidy}' is missing from\n{text}");
        }
    }

    /// <summary>The person's reason stands as a sentence: their words exactly, but for a capital at its start.</summary>
    private static void AssertContainsAsSentence(string text, string? userText, int index)
    {
        if (TextRules.Tidy(userText) is { } tidy)
        {
            var rest = tidy[1..] + ".";
            Assert.True(text.Contains(char.ToUpperInvariant(tidy[0]) + rest, StringComparison.Ordinal)
                || text.Contains(char.ToLowerInvariant(tidy[0]) + rest, StringComparison.Ordinal)
                || text.Contains(tidy + ".", StringComparison.Ordinal), $"case {index}: '{tidy}' is missing from\n{text}");
        }
    }

    private static Gen<string?> Optional(Gen<string> gen) =>
        Gen.Bool.SelectMany(present => present ? gen.Select(s => (string?)s) : Gen.Const((string?)null));

    private static Gen<string> Text(int maxWords, int maxChars) =>
        Gen.Select(Noise, Word.Array[1, maxWords], Noise, (before, words, after) =>
        {
            var text = before + string.Join(' ', words) + after;
            while (text.Length > maxChars)
            {
                text = text[..text.TrimEnd().LastIndexOf(' ')];
            }

            return text.Replace('\t', ' ');
        });
}

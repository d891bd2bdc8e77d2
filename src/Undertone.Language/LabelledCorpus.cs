using System.Text.Json;

namespace Undertone.Language;

/// <summary>The team's labelled corpus, embedded in this assembly from Corpus/*.jsonl (one JSON object per line).</summary>
public static class LabelledCorpus
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    /// <summary>Every item of every corpus file, in file order.</summary>
    public static IReadOnlyList<LabelledExample> Load()
    {
        var assembly = typeof(LabelledCorpus).Assembly;
        var examples = new List<LabelledExample>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("corpus/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    examples.Add(JsonSerializer.Deserialize<LabelledExample>(line)
                        ?? throw new FormatException($"An empty line in {name}."));
                }
            }
        }

        return examples;
    }
}

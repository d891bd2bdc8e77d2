using System.Text.Json.Serialization;
using Undertone.Domain.Consent;

namespace Undertone.Language;

/// <summary>
/// One item of the labelled corpus (Corpus/*.jsonl): a sentence or a whole message written by the team, the split it
/// belongs to (train, dev or test) and what a careful reader says it does.
/// </summary>
public sealed record LabelledExample(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>The corpus's label names, in their order, and what each means.</summary>
    public static IReadOnlyList<(string Name, SentenceMeaning Meaning)> LabelNames { get; } =
    [
        ("secret", SentenceMeaning.SecretRecording),
        ("apology", SentenceMeaning.Apology),
        ("pressure", SentenceMeaning.Pressure),
        ("legal", SentenceMeaning.LegalArgument),
        ("overexplaining", SentenceMeaning.OverExplaining),
        ("reason", SentenceMeaning.Reason),
        ("format", SentenceMeaning.Format),
        ("privacy", SentenceMeaning.Privacy),
        ("use", SentenceMeaning.Use),
        ("room", SentenceMeaning.Room),
    ];

    /// <summary>The labels as one value.</summary>
    public SentenceMeaning Meaning => Labels.Aggregate(SentenceMeaning.None, (all, label) => all | Parse(label));

    private static SentenceMeaning Parse(string label)
    {
        foreach (var (name, meaning) in LabelNames)
        {
            if (name == label)
            {
                return meaning;
            }
        }

        throw new FormatException($"\"{label}\" is not one of the corpus's labels.");
    }
}

using System.Text.Json;

namespace Undertone.Data.YourData;

/// <summary>A saved message in <c>undertone.json</c>: its choices (<see cref="Ask"/>, as the builder stores them), the text, the follow-up and the agreement.</summary>
public sealed record ExportScript
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public JsonElement? Ask { get; init; }

    public string? Text { get; init; }

    public bool IsEdited { get; init; }

    public IReadOnlyList<string>? Alternatives { get; init; }

    public string? FollowUpText { get; init; }

    public ExportAgreement? Agreement { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public long Version { get; init; }
}

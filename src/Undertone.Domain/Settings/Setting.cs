namespace Undertone.Domain.Settings;

/// <summary>One app-wide preference (for example the light/dark choice), stored as text under a key.</summary>
public sealed class Setting
{
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 1_000;

    public required string Key { get; init; }

    public required string Value { get; set; }
}

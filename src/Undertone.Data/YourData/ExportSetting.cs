namespace Undertone.Data.YourData;

/// <summary>One app preference in <c>undertone.json</c>.</summary>
public sealed record ExportSetting
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}

namespace Undertone.Data.Consent;

/// <summary>One row of the saved-scripts list, with its agreement if one was recorded.</summary>
public sealed record ScriptSummary(int Id, string Name, DateTimeOffset UpdatedAt, long Version, int WordCount, ScriptAgreement? Agreement);

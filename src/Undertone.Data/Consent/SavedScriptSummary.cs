using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>One row of the saved-scripts list, with its agreement if one was recorded.</summary>
public sealed record SavedScriptSummary(int Id, string Name, DateTimeOffset UpdatedAt, long Version, int WordCount, ScriptAgreement? Agreement);

using Undertone.Domain.Consent;

namespace Undertone.Data.Agreements;

/// <summary>The agreement in force: the one asked most recently, with the saved message it belongs to.</summary>
public sealed record CurrentAgreement(int Id, int ScriptId, string ScriptName, ConsentAgreement Agreement);

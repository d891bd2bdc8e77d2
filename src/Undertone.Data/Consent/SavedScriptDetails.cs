using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>A saved script as read back: the choices, the text exactly as saved, the follow-up and the agreement.</summary>
public sealed record SavedScriptDetails(
    int Id,
    string Name,
    ConsentAsk Ask,
    string Text,
    bool IsEdited,
    IReadOnlyList<FollowUpAlternative> Alternatives,
    string FollowUpText,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    ScriptAgreement? Agreement);

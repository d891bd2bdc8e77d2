namespace Undertone.Domain.Consent;

/// <summary>The five parts every ask has, in this order.</summary>
public enum ScriptPartKind
{
    Reason,
    Format,
    Privacy,
    Use,
    Room
}

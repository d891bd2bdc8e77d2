namespace Undertone.Domain.Consent;

/// <summary>The things to be ready to explain before asking.</summary>
public enum ChecklistItem
{
    Why,
    Format,
    PersonalOnly,
    StorageAndAccess,
    Sharing,
    Deletion,
    TheirInput
}

namespace Undertone.Domain.Consent;

/// <summary>Who could open the record.</summary>
public enum RecordAccess
{
    OnlyMe,
    MeAndSomeone
}

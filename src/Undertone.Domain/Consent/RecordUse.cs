namespace Undertone.Domain.Consent;

/// <summary>What the record is for.</summary>
public enum RecordUse
{
    PersonalOnly,
    ShareWith,
    Undecided
}

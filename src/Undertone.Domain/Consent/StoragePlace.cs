namespace Undertone.Domain.Consent;

/// <summary>Where the record would live.</summary>
public enum StoragePlace
{
    DeviceOnly,
    EncryptedApp,
    CloudAccount
}

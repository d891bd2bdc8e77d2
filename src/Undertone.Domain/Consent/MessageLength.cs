namespace Undertone.Domain.Consent;

/// <summary>How long the message is: short (up to 80 of our words), standard (160) or detailed (260).</summary>
public enum MessageLength
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The API value is 'short'; it names a message length, not a type.")]
    Short,
    Standard,
    Detailed
}

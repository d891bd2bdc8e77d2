namespace Undertone.Domain.Consent;

/// <summary>
/// What a sentence does, judged by its meaning rather than its words: a finding it deserves, and which of the five
/// parts it says. A sentence can do several (e.g. "I'd keep the recording on my phone, just for me": privacy and use).
/// </summary>
[Flags]
public enum SentenceMeaning
{
    None = 0,
    SecretRecording = 1 << 0,
    Apology = 1 << 1,
    Pressure = 1 << 2,
    LegalArgument = 1 << 3,

    /// <summary>Defending oneself or piling up reasons: the sentence-sized part of over-explaining.</summary>
    OverExplaining = 1 << 4,
    Reason = 1 << 5,
    Format = 1 << 6,
    Privacy = 1 << 7,
    Use = 1 << 8,
    Room = 1 << 9,
}

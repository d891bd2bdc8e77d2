namespace Undertone.Domain.Consent;

/// <summary>What kind of record the user is asking for, from the most to the least information.</summary>
public enum RecordFormat
{
    Audio,
    Transcript,
    ShortRecap,
    TakeawaysTogether,
    YourRecommendation
}

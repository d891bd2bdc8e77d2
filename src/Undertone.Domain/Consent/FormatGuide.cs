namespace Undertone.Domain.Consent;

/// <summary>
/// The "smallest useful record" guidance shown beside the format choice: what each kind of record gives the user,
/// and what it asks of the therapist. Our own words; the smaller records are named as the easier ones to agree to.
/// </summary>
public static class FormatGuide
{
    /// <summary>A short label for a format, as the form shows it.</summary>
    public static string Label(RecordFormat format) => format switch
    {
        RecordFormat.Audio => "Full audio recording",
        RecordFormat.Transcript => "A transcript",
        RecordFormat.ShortRecap => "A short recap",
        RecordFormat.TakeawaysTogether => "A few minutes at the end to name takeaways together",
        RecordFormat.YourRecommendation => "Whatever they would recommend",
    };

    /// <summary>What this record gives the user.</summary>
    public static string Gives(RecordFormat format) => format switch
    {
        RecordFormat.Audio => "Every word, in the tone it was said. The most complete record.",
        RecordFormat.Transcript => "Every word in writing, easy to search, without voices.",
        RecordFormat.ShortRecap => "The main points and next steps, in a few lines you can reread in a minute.",
        RecordFormat.TakeawaysTogether => "Takeaways you both agree on, named while you are still in the room.",
        RecordFormat.YourRecommendation => "A record that fits how your therapist works.",
    };

    /// <summary>What this record asks of the therapist.</summary>
    public static string Asks(RecordFormat format) => format switch
    {
        RecordFormat.Audio => "The most to think about: consent, where it's stored, who could hear it, and how it feels to be recorded.",
        RecordFormat.Transcript => "Nearly as much as audio: it holds everything that was said, so storage and access matter.",
        RecordFormat.ShortRecap => "Very little. It keeps the focus on what matters and is often the easiest to agree to.",
        RecordFormat.TakeawaysTogether => "A few minutes of session time, and nothing kept that they haven't heard you write down.",
        RecordFormat.YourRecommendation => "Their view, which makes it easy for them to say what they are comfortable with.",
    };

    /// <summary>True for the formats that are usually the smallest useful record.</summary>
    public static bool IsSmallestUseful(RecordFormat format) => format switch
    {
        RecordFormat.ShortRecap or RecordFormat.TakeawaysTogether => true,
        RecordFormat.Audio or RecordFormat.Transcript or RecordFormat.YourRecommendation => false,
    };
}

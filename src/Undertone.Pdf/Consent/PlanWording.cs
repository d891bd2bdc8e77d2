namespace Undertone.Pdf.Consent;

/// <summary>The user's choices in plain first-person words, for a page they may hand to their therapist.</summary>
internal static class PlanWording
{
    public static string Format(RecordFormat format) => format switch
    {
        RecordFormat.Audio => "A full audio recording",
        RecordFormat.Transcript => "A transcript",
        RecordFormat.ShortRecap => "A short recap",
        RecordFormat.TakeawaysTogether => "A few minutes at the end to name the takeaways together",
        RecordFormat.YourRecommendation => "Whatever you would recommend",
    };

    public static string Storage(StoragePlace storage) => storage switch
    {
        StoragePlace.DeviceOnly => "Only on my own device",
        StoragePlace.EncryptedApp => "In an encrypted app",
        StoragePlace.CloudAccount => "In my cloud account",
    };

    public static string Access(RecordAccess access, string? person) => access switch
    {
        RecordAccess.OnlyMe => "Only me",
        RecordAccess.MeAndSomeone => string.IsNullOrWhiteSpace(person) ? "Me and one other person" : $"Me and {person.Trim()}",
    };

    public static string Retention(RetentionRule rule) => rule.Kind switch
    {
        RetentionKind.DeleteAfterReview => "Deleted after I have reviewed it",
        RetentionKind.DeleteAfterDays => rule.Days == 1
            ? "Deleted after 1 day"
            : string.Create(CultureInfo.InvariantCulture, $"Deleted after {rule.Days} days"),
        RetentionKind.KeepUntilTherapyEnds => "Kept until therapy ends, then deleted",
    };

    public static string Use(RecordUse use, string? person) => use switch
    {
        RecordUse.PersonalOnly => "For my own reflection only",
        RecordUse.ShareWith => string.IsNullOrWhiteSpace(person) ? "Shared with one other person" : $"Shared with {person.Trim()}",
        RecordUse.Undecided => "I haven't decided yet, and I'd like to talk it through",
    };

    public static string Answer(AgreementAnswer answer) => answer switch
    {
        AgreementAnswer.Yes => "Yes",
        AgreementAnswer.YesWithConditions => "Yes, with conditions",
        AgreementAnswer.NotNow => "Not now",
        AgreementAnswer.No => "No — and that's okay",
        AgreementAnswer.SuggestedAlternative => "You suggested another way",
    };
}

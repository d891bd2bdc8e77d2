namespace Undertone.Web.Components.Pages.Script;

/// <summary>How the builder names each choice on screen. Every switch is exhaustive, so a new option needs words here.</summary>
public static class ScriptLabels
{
    public static string Reason(AskReason reason) => reason switch
    {
        AskReason.RememberTakeaways => "Remember the key takeaways",
        AskReason.RevisitWhenCalmer => "Come back to a hard conversation when I'm calmer",
        AskReason.TrackNextSteps => "Keep track of homework, next steps and questions",
        AskReason.NoticePatterns => "Notice patterns across sessions instead of starting over",
        AskReason.KeepTherapyPresent => "Keep therapy present between appointments",
    };

    public static string Memory(MemoryContext context) => context switch
    {
        MemoryContext.Adhd => "ADHD",
        MemoryContext.BrainFog => "Brain fog",
        MemoryContext.Overwhelm => "Overwhelm",
        MemoryContext.Dissociation => "Dissociation",
        MemoryContext.MemoryGaps => "Memory gaps",
    };

    public static string Storage(StoragePlace storage) => storage switch
    {
        StoragePlace.DeviceOnly => "Only on my own device",
        StoragePlace.EncryptedApp => "In an encrypted app",
        StoragePlace.CloudAccount => "In my cloud account",
    };

    public static string Access(RecordAccess access) => access switch
    {
        RecordAccess.OnlyMe => "Only me",
        RecordAccess.MeAndSomeone => "Me and one other person",
    };

    public static string Retention(RetentionKind kind) => kind switch
    {
        RetentionKind.DeleteAfterReview => "Deleted once I've reviewed it",
        RetentionKind.DeleteAfterDays => "Deleted after a number of days",
        RetentionKind.KeepUntilTherapyEnds => "Kept until therapy ends",
    };

    public static string Use(RecordUse use) => use switch
    {
        RecordUse.PersonalOnly => "Just for my own reflection",
        RecordUse.ShareWith => "Shared with one named person",
        RecordUse.Undecided => "I haven't decided, and I'd like to talk it through",
    };

    public static string Tone(Tone tone) => tone switch
    {
        Domain.Consent.Tone.Warm => "Warmer",
        Domain.Consent.Tone.Neutral => "Neutral",
        Domain.Consent.Tone.Direct => "More direct",
    };

    public static string Length(MessageLength length) => length switch
    {
        MessageLength.Short => "Short",
        MessageLength.Standard => "Standard",
        MessageLength.Detailed => "Detailed",
    };

    public static string Delivery(Delivery delivery) => delivery switch
    {
        Domain.Consent.Delivery.Written => "A written message",
        Domain.Consent.Delivery.Spoken => "Words to say aloud",
    };

    public static string Part(ScriptPartKind part) => part switch
    {
        ScriptPartKind.Reason => "Why",
        ScriptPartKind.Format => "What kind of record",
        ScriptPartKind.Privacy => "Where it lives",
        ScriptPartKind.Use => "What it's for",
        ScriptPartKind.Room => "Room for their answer",
    };

    public static string PartClass(ScriptPartKind part) => part switch
    {
        ScriptPartKind.Reason => "part-reason",
        ScriptPartKind.Format => "part-format",
        ScriptPartKind.Privacy => "part-privacy",
        ScriptPartKind.Use => "part-use",
        ScriptPartKind.Room => "part-room",
    };

    public static string Alternative(FollowUpAlternative alternative) => alternative switch
    {
        FollowUpAlternative.OwnVoiceRecap => "I record my own short recap, in my voice, after the session",
        FollowUpAlternative.TakeawaysTogether => "We use the last two minutes to name the key takeaways together",
        FollowUpAlternative.NextStepsBeforeLeaving => "I write down my next steps before I leave",
        FollowUpAlternative.WrittenInsteadOfAudio => "A transcript, worksheet or summary instead of audio",
        FollowUpAlternative.PrivateNote => "I write a private note right after the session",
    };

    public static string Answer(AgreementAnswer answer) => answer switch
    {
        AgreementAnswer.Yes => "Yes",
        AgreementAnswer.YesWithConditions => "Yes, with conditions",
        AgreementAnswer.NotNow => "Not now",
        AgreementAnswer.No => "No",
        AgreementAnswer.SuggestedAlternative => "They suggested something else",
    };

    public static string FindingTitle(FindingKind kind) => kind switch
    {
        FindingKind.Apology => "No need to apologise",
        FindingKind.OverExplaining => "Maybe a little much",
        FindingKind.LegalArgument => "Sounds like a legal argument",
        FindingKind.Pressure => "Might feel like pressure",
        FindingKind.SecretRecording => "Please only record with their yes",
        FindingKind.MissingReason => "The reason is missing",
        FindingKind.MissingFormat => "The kind of record is missing",
        FindingKind.MissingPrivacy => "Where it lives is missing",
        FindingKind.MissingUse => "What it's for is missing",
        FindingKind.MissingRoom => "Room for their answer is missing",
    };

    public static string SeverityClass(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "severity-info",
        FindingSeverity.Warning => "severity-warning",
        FindingSeverity.Serious => "severity-serious",
    };

    public static string SeverityIcon(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => MudBlazor.Icons.Material.Outlined.Lightbulb,
        FindingSeverity.Warning => MudBlazor.Icons.Material.Outlined.Info,
        FindingSeverity.Serious => MudBlazor.Icons.Material.Outlined.PanTool,
    };

    /// <summary>What to tell the user when their agreement was not saved; null when it was.</summary>
    public static string? AgreementProblem(Data.SaveStatus status) => status switch
    {
        Data.SaveStatus.Saved => null,
        Data.SaveStatus.Invalid => "Some answers need a look. Everything you typed is still here.",
        Data.SaveStatus.Conflict => "This agreement was changed in another tab. Close this form and open it again to see the latest.",
        Data.SaveStatus.NotFound => "This script was deleted, so the agreement can't be saved to it.",
    };
}

namespace Undertone.Domain.Consent;

/// <summary>Another way to keep hold of a session when a recording is not possible.</summary>
public enum FollowUpAlternative
{
    OwnVoiceRecap,
    TakeawaysTogether,
    NextStepsBeforeLeaving,
    WrittenInsteadOfAudio,
    PrivateNote
}

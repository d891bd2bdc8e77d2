namespace Undertone.Data.Agreements;

/// <summary>The two kinds of session material an agreement governs.</summary>
public enum MaterialKind
{
    /// <summary>"Something my therapist said that stuck with me" on a recap.</summary>
    TherapistSaid,

    /// <summary>A voice note recorded in Undertone.</summary>
    VoiceNote
}

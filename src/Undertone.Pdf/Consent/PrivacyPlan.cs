namespace Undertone.Pdf.Consent;

/// <summary>
/// Everything on the "my privacy plan" handout: what the user is asking for, the message as they will send or
/// say it, the gentle follow-up for a no, and what was agreed, once they have recorded it.
/// </summary>
public sealed record PrivacyPlan
{
    public required DateOnly PreparedOn { get; init; }

    /// <summary>The user's choices: format, where it lives, who can open it, how long it is kept, what it is for.</summary>
    public required ConsentAsk Ask { get; init; }

    /// <summary>
    /// The message exactly as the user last left it: <see cref="ConsentScript.Text"/>, or their own edit of it.
    /// Blank leaves the section out.
    /// </summary>
    public string? Message { get; init; }

    /// <summary>The follow-up for a no (from <see cref="FollowUpComposer"/>, possibly edited); blank leaves it out.</summary>
    public string? FollowUp { get; init; }

    /// <summary>What was agreed; null until the user records the answer.</summary>
    public ConsentAgreement? Agreement { get; init; }
}

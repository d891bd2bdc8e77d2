namespace Undertone.Domain.Journal;

/// <summary>
/// A saved session recap, as it is stored. Every text field is stored exactly as typed (trimmed at the ends only);
/// an empty string means the prompt was left blank. Change recaps through <c>RecapStore</c> with a
/// <see cref="RecapDraft"/>, never by binding a form to this class.
/// </summary>
public sealed class Recap
{
    /// <summary>The longest text allowed in each of the long prompts (what came up, takeaways, and so on).</summary>
    public const int LongTextMaxLength = 10_000;

    public const int LabelMaxLength = 200;

    public const int FeelingWordsMaxLength = 500;

    public const int MinFeeling = 1;

    public const int MaxFeeling = 5;

    public int Id { get; set; }

    /// <summary>The day of the session. Required, and never after today.</summary>
    public DateOnly SessionDate { get; set; }

    /// <summary>An optional short name for the session, e.g. "Session 12" or "After the holiday".</summary>
    public string Label { get; set; } = "";

    public string WhatCameUp { get; set; } = "";

    /// <summary>What mattered most: the key takeaways.</summary>
    public string Takeaways { get; set; } = "";

    /// <summary>Next steps or homework.</summary>
    public string NextSteps { get; set; } = "";

    /// <summary>What the user wants to come back to.</summary>
    public string ToRevisit { get; set; } = "";

    /// <summary>How the user feels now, from <see cref="MinFeeling"/> (very low) to <see cref="MaxFeeling"/> (very good); null when not given.</summary>
    public int? Feeling { get; set; }

    /// <summary>Optional words for how the user feels now.</summary>
    public string FeelingWords { get; set; } = "";

    /// <summary>
    /// "Something my therapist said that stuck with me": the therapist's words, kept apart from the user's own and
    /// left out of exports unless the user includes them.
    /// </summary>
    public string TherapistSaid { get; set; } = "";

    /// <summary>
    /// The deletion rule <see cref="TherapistSaid"/> is under (session material, unlike the person's own words): set
    /// when the field is first filled, from the agreement in force then, and cleared with the field. Null: no rule.
    /// </summary>
    public Consent.RetentionKind? TherapistSaidRule { get; set; }

    /// <summary>The days of a "deleted after N days" rule on <see cref="TherapistSaid"/>.</summary>
    public int? TherapistSaidRuleDays { get; set; }

    /// <summary>The agreement the rule on <see cref="TherapistSaid"/> came from.</summary>
    public int? TherapistSaidAgreementId { get; set; }

    /// <summary>When <see cref="TherapistSaid"/> was first filled in; a "deleted after N days" rule counts from here.</summary>
    public DateTimeOffset? TherapistSaidSince { get; set; }

    public ICollection<Theme> Themes { get; set; } = [];

    /// <summary>True for the "try it with sample entries" recaps, so they can be removed in one go.</summary>
    public bool IsSample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: changes on every save.</summary>
    public long Version { get; set; }
}

using Undertone.Domain.Consent;

namespace Undertone.Domain.Journal.Material;

/// <summary>
/// The deletion rule a piece of session material (a voice note, or "something my therapist said") was made under:
/// the rule of the agreement in force at that moment, kept with the material so a later agreement never changes it.
/// The person's own reflection never has a rule.
/// </summary>
/// <param name="Kind">The rule.</param>
/// <param name="Days">The number of days, only for <see cref="RetentionKind.DeleteAfterDays"/>.</param>
/// <param name="AgreementId">The agreement it came from (it may since have been deleted).</param>
/// <param name="Since">When the material was made; the days count from here.</param>
public sealed record MaterialRule(RetentionKind Kind, int? Days, int? AgreementId, DateTimeOffset Since)
{
    /// <summary>How long before the deletion the reminder shows.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(1);

    /// <summary>When it is deleted, for <see cref="RetentionKind.DeleteAfterDays"/>; otherwise null.</summary>
    public DateTimeOffset? DeleteAt => Kind switch
    {
        RetentionKind.DeleteAfterDays => Since.AddDays(Math.Clamp(Days ?? RetentionRule.MinDays, RetentionRule.MinDays, RetentionRule.MaxDays)),
        RetentionKind.DeleteAfterReview => null,
        RetentionKind.KeepUntilTherapyEnds => null,
    };

    /// <summary>Where the material stands at <paramref name="now"/>.</summary>
    public MaterialStatus StatusAt(DateTimeOffset now) => Kind switch
    {
        RetentionKind.DeleteAfterReview => MaterialStatus.UntilReviewed,
        RetentionKind.KeepUntilTherapyEnds => MaterialStatus.UntilTherapyEnds,
        RetentionKind.DeleteAfterDays when now >= DeleteAt => MaterialStatus.Due,
        RetentionKind.DeleteAfterDays when now >= DeleteAt - ReminderLead => MaterialStatus.DueSoon,
        RetentionKind.DeleteAfterDays => MaterialStatus.Scheduled,
    };

    /// <summary>
    /// The rule for material made at <paramref name="now"/> under <paramref name="agreement"/>: null when there is no
    /// agreement, when nothing was agreed (a no, or not now), or when the agreement has no deletion rule.
    /// </summary>
    public static MaterialRule? For(ConsentAgreement? agreement, int? agreementId, DateTimeOffset now)
    {
        if (agreement?.Retention is not { } retention || !AgreesToSomething(agreement.Answer))
        {
            return null;
        }

        return new MaterialRule(retention.Kind, retention.Days, agreementId, now);
    }

    /// <summary>Rebuilds a stored rule; null when no rule was stored.</summary>
    public static MaterialRule? FromStored(RetentionKind? kind, int? days, int? agreementId, DateTimeOffset? since) =>
        kind is { } k && since is { } s ? new MaterialRule(k, days, agreementId, s) : null;

    private static bool AgreesToSomething(AgreementAnswer answer) => answer switch
    {
        AgreementAnswer.Yes => true,
        AgreementAnswer.YesWithConditions => true,
        AgreementAnswer.SuggestedAlternative => true,
        AgreementAnswer.NotNow => false,
        AgreementAnswer.No => false,
    };
}

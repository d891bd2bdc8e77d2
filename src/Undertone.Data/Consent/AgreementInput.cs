using Undertone.Domain;
using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>
/// What the user records after asking: the agreed terms, as the page sends them and as <c>undertone.json</c> carries
/// them (<see cref="YourData.ExportAgreement"/> adds the stored agreement's dates); <see cref="ApplyTo"/> stores them.
/// Format, storage, access and deletion are only kept when something was agreed (yes, yes with conditions, or an
/// alternative they suggested).
/// </summary>
public record AgreementInput
{
    public DateOnly? AskedOn { get; init; }

    public AgreementAnswer? Answer { get; init; }

    public RecordFormat? Format { get; init; }

    public StoragePlace? Storage { get; init; }

    public RecordAccess? Access { get; init; }

    public string? AccessPerson { get; init; }

    public RetentionKind? Retention { get; init; }

    public int? RetentionDays { get; init; }

    public string? Boundaries { get; init; }

    /// <summary>True for the answers where a format, place and deletion rule were agreed.</summary>
    public static bool AgreesToSomething(AgreementAnswer answer) => answer switch
    {
        AgreementAnswer.Yes => true,
        AgreementAnswer.YesWithConditions => true,
        AgreementAnswer.SuggestedAlternative => true,
        AgreementAnswer.NotNow => false,
        AgreementAnswer.No => false,
    };

    /// <summary>
    /// Copies what was recorded onto a stored agreement (a valid input: <see cref="Validate"/> found nothing). Details
    /// that only make sense when something was agreed are dropped for a no or not now; names and boundaries are trimmed.
    /// Its dates and version are the caller's.
    /// </summary>
    public void ApplyTo(ScriptAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var answer = Answer!.Value;
        var agreed = AgreesToSomething(answer);
        agreement.AskedOn = AskedOn!.Value;
        agreement.Answer = answer;
        agreement.Format = agreed ? Format : null;
        agreement.Storage = agreed ? Storage : null;
        agreement.Access = agreed ? Access : null;
        agreement.AccessPerson = agreed && Access == RecordAccess.MeAndSomeone && !string.IsNullOrWhiteSpace(AccessPerson) ? AccessPerson.Trim() : null;
        agreement.Retention = agreed ? Retention : null;
        agreement.RetentionDays = agreed && Retention == RetentionKind.DeleteAfterDays ? RetentionDays : null;
        agreement.Boundaries = Boundaries?.Trim() ?? "";
    }

    /// <summary>The problems by field (askedOn, answer, accessPerson, retentionDays, boundaries); empty when it can be saved.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (AskedOn is null)
        {
            errors.Add(new FieldError("askedOn", "Add the day you asked."));
        }
        else if (AskedOn.Value > today)
        {
            errors.Add(new FieldError("askedOn", "The day you asked can't be in the future."));
        }

        if (Answer is null || !Enum.IsDefined(Answer.Value))
        {
            errors.Add(new FieldError("answer", "Choose what your therapist said."));
        }

        if (Retention == RetentionKind.DeleteAfterDays
            && (RetentionDays is null || RetentionDays < RetentionRule.MinDays || RetentionDays > RetentionRule.MaxDays))
        {
            errors.Add(new FieldError("retentionDays", $"Choose a number of days from {RetentionRule.MinDays} to {RetentionRule.MaxDays}."));
        }

        if (TextRules.CheckLine(AccessPerson, ScriptAgreement.PersonMaxLength, "The other person's name") is { } personProblem)
        {
            errors.Add(new FieldError("accessPerson", personProblem));
        }

        if (TextRules.CheckBlock(Boundaries, ScriptAgreement.BoundariesMaxLength, "Boundaries") is { } boundariesProblem)
        {
            errors.Add(new FieldError("boundaries", boundariesProblem));
        }

        return errors;
    }
}

namespace Undertone.Domain.Consent;

/// <summary>What to offer when the answer was no (or "not like that"): one or more alternatives, in the user's tone.</summary>
public sealed record FollowUpRequest
{
    public IReadOnlyList<FollowUpAlternative> Alternatives { get; init; } = [];

    public Tone Tone { get; init; } = Tone.Neutral;

    public Delivery Delivery { get; init; } = Delivery.Written;

    public string? TherapistName { get; init; }

    public string? UserName { get; init; }

    /// <summary>The problems with this request, by field (empty when it can be composed).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Alternatives is null || Alternatives.Count == 0)
        {
            errors.Add(new FieldError("alternatives", "Choose at least one alternative to offer."));
        }
        else if (Alternatives.Any(a => !Enum.IsDefined(a)))
        {
            errors.Add(new FieldError("alternatives", "One of the alternatives is not one we know."));
        }

        FieldChecks.AddIfUndefined(errors, "tone", Tone);
        FieldChecks.AddIfUndefined(errors, "delivery", Delivery);
        ConsentAsk.AddNameProblems(errors, TherapistName, UserName);
        return errors;
    }
}

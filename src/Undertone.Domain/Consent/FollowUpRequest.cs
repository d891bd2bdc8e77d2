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

        if (!Enum.IsDefined(Tone))
        {
            errors.Add(new FieldError("tone", "That tone is not one we know."));
        }

        if (!Enum.IsDefined(Delivery))
        {
            errors.Add(new FieldError("delivery", "That delivery is not one we know."));
        }

        var therapist = TextRules.CheckLine(TherapistName, ConsentAsk.MaxNameLength, "Your therapist's name");
        if (therapist is not null)
        {
            errors.Add(new FieldError("therapistName", therapist));
        }

        var user = TextRules.CheckLine(UserName, ConsentAsk.MaxNameLength, "Your name");
        if (user is not null)
        {
            errors.Add(new FieldError("userName", user));
        }

        return errors;
    }
}

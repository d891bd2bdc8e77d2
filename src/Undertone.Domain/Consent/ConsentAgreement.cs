namespace Undertone.Domain.Consent;

/// <summary>
/// What the therapist agreed to, as the user recorded it. The journal honours it: a deletion rule becomes a
/// reminder and then a deletion, and the agreement is shown in one line when a recap starts.
/// </summary>
public sealed record ConsentAgreement
{
    public const int MaxBoundariesLength = 2_000;

    public required DateOnly AskedOn { get; init; }

    public required AgreementAnswer Answer { get; init; }

    public RecordFormat? Format { get; init; }

    public StoragePlace? Storage { get; init; }

    public RecordAccess? Access { get; init; }

    /// <summary>Who else can open the record, when <see cref="Access"/> is <see cref="RecordAccess.MeAndSomeone"/>.</summary>
    public string? AccessPerson { get; init; }

    public RetentionRule? Retention { get; init; }

    /// <summary>Any boundaries the therapist set, in the user's words (up to 2,000 characters; line breaks allowed).</summary>
    public string? Boundaries { get; init; }

    /// <summary>The problems with this agreement, by field (empty when it can be saved).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Answer))
        {
            errors.Add(new FieldError("answer", "That answer is not one we know."));
        }

        if (Format is { } format && !Enum.IsDefined(format))
        {
            errors.Add(new FieldError("format", "That format is not one we know."));
        }

        if (Storage is { } storage && !Enum.IsDefined(storage))
        {
            errors.Add(new FieldError("storage", "That storage is not one we know."));
        }

        if (Access is { } access && !Enum.IsDefined(access))
        {
            errors.Add(new FieldError("access", "That access is not one we know."));
        }

        var person = TextRules.CheckLine(AccessPerson, ConsentAsk.MaxNameLength, "The other person's name");
        if (person is not null)
        {
            errors.Add(new FieldError("accessPerson", person));
        }

        var boundaries = TextRules.CheckBlock(Boundaries, MaxBoundariesLength, "Boundaries");
        if (boundaries is not null)
        {
            errors.Add(new FieldError("boundaries", boundaries));
        }

        return errors;
    }
}

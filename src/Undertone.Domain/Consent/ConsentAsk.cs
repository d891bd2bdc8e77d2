using static Undertone.Domain.FieldChecks;

namespace Undertone.Domain.Consent;

/// <summary>
/// Everything the user chose for their ask. The five parts (reason, format, privacy, use, room) come from these
/// choices; the room for the therapist's answer is always part of the message, whatever is chosen here, and always
/// says that no is an acceptable answer and that the user is open to other options (those two are not choices).
/// Lists compare by reference, as in any record: compare them deliberately when it matters.
/// </summary>
public sealed record ConsentAsk
{
    public const int MaxCustomReasonLength = 300;
    public const int MaxNameLength = 80;

    /// <summary>One or more reasons; may be empty only when there is a <see cref="CustomReason"/>.</summary>
    public IReadOnlyList<AskReason> Reasons { get; init; } = [];

    /// <summary>The user's own reason, in their words (up to 300 characters).</summary>
    public string? CustomReason { get; init; }

    /// <summary>Off (empty) by default: the user decides whether to say what makes remembering hard.</summary>
    public IReadOnlyList<MemoryContext> MemoryContexts { get; init; } = [];

    public RecordFormat Format { get; init; } = RecordFormat.ShortRecap;

    public StoragePlace Storage { get; init; } = StoragePlace.DeviceOnly;

    public RecordAccess Access { get; init; } = RecordAccess.OnlyMe;

    /// <summary>Who else could open it, when <see cref="Access"/> is <see cref="RecordAccess.MeAndSomeone"/>.</summary>
    public string? AccessPerson { get; init; }

    public RetentionRule Retention { get; init; } = RetentionRule.DeleteAfterReview;

    public RecordUse Use { get; init; } = RecordUse.PersonalOnly;

    /// <summary>Who it would be shared with, when <see cref="Use"/> is <see cref="RecordUse.ShareWith"/>.</summary>
    public string? SharePerson { get; init; }

    public Tone Tone { get; init; } = Tone.Neutral;

    public MessageLength Length { get; init; } = MessageLength.Standard;

    public Delivery Delivery { get; init; } = Delivery.Written;

    public string? TherapistName { get; init; }

    public string? UserName { get; init; }

    /// <summary>The problems with this ask, by field (empty when it can be composed).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Reasons is null)
        {
            errors.Add(new FieldError("reasons", "Choose at least one reason."));
        }
        else
        {
            foreach (var reason in Reasons)
            {
                if (!Enum.IsDefined(reason))
                {
                    errors.Add(new FieldError("reasons", "One of the reasons is not one we know."));
                    break;
                }
            }

            if (Reasons.Count == 0 && TextRules.Tidy(CustomReason) is null)
            {
                errors.Add(new FieldError("reasons", "Choose at least one reason, or write your own."));
            }
        }

        AddIfProblem(errors, "customReason", TextRules.CheckLine(CustomReason, MaxCustomReasonLength, "Your own reason"));
        if (MemoryContexts is null || MemoryContexts.Any(m => !Enum.IsDefined(m)))
        {
            errors.Add(new FieldError("memoryContext", "One of the memory notes is not one we know."));
        }

        AddIfUndefined(errors, "format", Format);
        AddIfUndefined(errors, "storage", Storage);
        AddIfUndefined(errors, "access", Access);
        AddIfProblem(errors, "accessPerson", TextRules.CheckLine(AccessPerson, MaxNameLength, "The other person's name"));
        if (Retention is null)
        {
            errors.Add(new FieldError("retention", "Choose how long it would be kept."));
        }

        AddIfUndefined(errors, "use", Use);
        AddIfProblem(errors, "sharePerson", TextRules.CheckLine(SharePerson, MaxNameLength, "The name of who you'd share it with"));
        AddIfUndefined(errors, "tone", Tone);
        AddIfUndefined(errors, "length", Length);
        AddIfUndefined(errors, "delivery", Delivery);
        AddNameProblems(errors, TherapistName, UserName);
        return errors;
    }

    /// <summary>
    /// How many of the message's words are the person's own (their names, the other person's, their own reason):
    /// the length's word limit counts only our words.
    /// </summary>
    public int OwnWordCount()
    {
        var words = Count(CustomReason);
        if (Delivery == Delivery.Written)
        {
            words += Count(TherapistName) + Count(UserName);
        }

        if (Access == RecordAccess.MeAndSomeone)
        {
            words += Count(AccessPerson);
        }

        if (Use == RecordUse.ShareWith)
        {
            words += Count(SharePerson);
        }

        return words;

        static int Count(string? value) => TextRules.Tidy(value) is { } tidy ? TextRules.CountWords(tidy) : 0;
    }

    /// <summary>The names a written message greets and signs with, checked the same way for the ask and the follow-up.</summary>
    internal static void AddNameProblems(List<FieldError> errors, string? therapistName, string? userName)
    {
        AddIfProblem(errors, "therapistName", TextRules.CheckLine(therapistName, MaxNameLength, "Your therapist's name"));
        AddIfProblem(errors, "userName", TextRules.CheckLine(userName, MaxNameLength, "Your name"));
    }
}

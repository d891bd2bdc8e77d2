namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The builder's form, bound to the inputs. It may hold text that is too long (the user's words are kept, with an
/// error under the field); <see cref="TryBuild"/> turns it into a <see cref="ConsentAsk"/> only when it is valid.
/// </summary>
public sealed class ScriptForm
{
    /// <summary>What a first-time user sees: a short recap, kept on their device, for them alone, deleted after review.</summary>
    public static ConsentAsk StartingAsk { get; } = new()
    {
        Reasons = [AskReason.RememberTakeaways, AskReason.TrackNextSteps],
    };

    public HashSet<AskReason> Reasons { get; } = [];

    public string CustomReason { get; set; } = "";

    public bool ShareMemory { get; set; }

    public HashSet<MemoryContext> Memory { get; } = [];

    public RecordFormat Format { get; set; }

    public StoragePlace Storage { get; set; }

    public RecordAccess Access { get; set; }

    public string AccessPerson { get; set; } = "";

    public RetentionKind Retention { get; set; }

    public int? RetentionDays { get; set; } = 30;

    public RecordUse Use { get; set; }

    public string SharePerson { get; set; } = "";

    public Tone Tone { get; set; }

    public MessageLength Length { get; set; }

    public Delivery Delivery { get; set; }

    public string TherapistName { get; set; } = "";

    public string UserName { get; set; } = "";

    public static ScriptForm From(ConsentAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var form = new ScriptForm
        {
            CustomReason = ask.CustomReason ?? "",
            ShareMemory = ask.MemoryContexts.Count > 0,
            Format = ask.Format,
            Storage = ask.Storage,
            Access = ask.Access,
            AccessPerson = ask.AccessPerson ?? "",
            Retention = ask.Retention.Kind,
            RetentionDays = ask.Retention.Days ?? 30,
            Use = ask.Use,
            SharePerson = ask.SharePerson ?? "",
            Tone = ask.Tone,
            Length = ask.Length,
            Delivery = ask.Delivery,
            TherapistName = ask.TherapistName ?? "",
            UserName = ask.UserName ?? "",
        };
        form.Reasons.UnionWith(ask.Reasons);
        form.Memory.UnionWith(ask.MemoryContexts);
        return form;
    }

    /// <summary>The ask, or the problems by field (camelCase, as <see cref="ConsentAsk.Validate"/> names them).</summary>
    public (ConsentAsk? Ask, IReadOnlyList<FieldError> Errors) TryBuild()
    {
        var errors = new List<FieldError>();
        RetentionRule? retention = Retention switch
        {
            RetentionKind.DeleteAfterReview => RetentionRule.DeleteAfterReview,
            RetentionKind.KeepUntilTherapyEnds => RetentionRule.KeepUntilTherapyEnds,
            RetentionKind.DeleteAfterDays when RetentionDays is >= RetentionRule.MinDays and <= RetentionRule.MaxDays => RetentionRule.DeleteAfterDays(RetentionDays.Value),
            RetentionKind.DeleteAfterDays => null,
        };
        if (retention is null)
        {
            errors.Add(new FieldError("retentionDays", $"Choose a number of days from {RetentionRule.MinDays} to {RetentionRule.MaxDays}."));
        }

        var ask = new ConsentAsk
        {
            Reasons = Enum.GetValues<AskReason>().Where(Reasons.Contains).ToArray(),
            CustomReason = Blank(CustomReason),
            MemoryContexts = ShareMemory ? Enum.GetValues<MemoryContext>().Where(Memory.Contains).ToArray() : [],
            Format = Format,
            Storage = Storage,
            Access = Access,
            AccessPerson = Access == RecordAccess.MeAndSomeone ? Blank(AccessPerson) : null,
            Retention = retention ?? RetentionRule.DeleteAfterReview,
            Use = Use,
            SharePerson = Use == RecordUse.ShareWith ? Blank(SharePerson) : null,
            Tone = Tone,
            Length = Length,
            Delivery = Delivery,
            TherapistName = Blank(TherapistName),
            UserName = Blank(UserName),
        };
        errors.AddRange(ask.Validate());
        return errors.Count == 0 ? (ask, errors) : (null, errors);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

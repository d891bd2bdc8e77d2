using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>
/// A recap in <c>undertone.json</c> (and in the JSON API): every field, themes by name. <see cref="TherapistSaid"/> is
/// the therapist's words, not the person's own; it is always in the JSON and kept apart by its name.
/// </summary>
public sealed record ExportRecap
{
    public int Id { get; init; }

    public DateOnly SessionDate { get; init; }

    public string? Label { get; init; }

    public string? WhatCameUp { get; init; }

    public string? Takeaways { get; init; }

    public string? NextSteps { get; init; }

    public string? ToRevisit { get; init; }

    public int? Feeling { get; init; }

    public string? FeelingWords { get; init; }

    public string? TherapistSaid { get; init; }

    /// <summary>The deletion rule <see cref="TherapistSaid"/> is under (session material), or null.</summary>
    public Domain.Consent.RetentionKind? TherapistSaidRule { get; init; }

    public int? TherapistSaidRuleDays { get; init; }

    public int? TherapistSaidAgreementId { get; init; }

    /// <summary>When <see cref="TherapistSaid"/> was first written; a "deleted after N days" rule counts from here.</summary>
    public DateTimeOffset? TherapistSaidSince { get; init; }

    public IReadOnlyList<string>? Themes { get; init; }

    public bool IsSample { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public long Version { get; init; }

    /// <summary>The recap as the pages would save it (texts tidied, empty for missing).</summary>
    internal RecapDraft ToDraft() => new RecapDraft
    {
        SessionDate = SessionDate,
        Label = Label ?? "",
        WhatCameUp = WhatCameUp ?? "",
        Takeaways = Takeaways ?? "",
        NextSteps = NextSteps ?? "",
        ToRevisit = ToRevisit ?? "",
        Feeling = Feeling,
        FeelingWords = FeelingWords ?? "",
        TherapistSaid = TherapistSaid ?? "",
        ThemeNames = Themes ?? [],
    }.Tidy();

    /// <summary>A stored recap with its themes' names, as the file writes it (the therapist's-words rule is added apart).</summary>
    internal static ExportRecap From(Recap r, IReadOnlyList<string> themes) => new()
    {
        Id = r.Id,
        SessionDate = r.SessionDate,
        Label = r.Label,
        WhatCameUp = r.WhatCameUp,
        Takeaways = r.Takeaways,
        NextSteps = r.NextSteps,
        ToRevisit = r.ToRevisit,
        Feeling = r.Feeling,
        FeelingWords = r.FeelingWords,
        TherapistSaid = r.TherapistSaid,
        Themes = themes,
        IsSample = r.IsSample,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        Version = r.Version,
    };
}

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>What the recap form binds to. Turned into a <see cref="RecapDraft"/> for validation and saving.</summary>
public sealed class RecapForm
{
    public DateTime? SessionDate { get; set; }

    public string Label { get; set; } = "";

    public string WhatCameUp { get; set; } = "";

    public string Takeaways { get; set; } = "";

    public string NextSteps { get; set; } = "";

    public string ToRevisit { get; set; } = "";

    public int? Feeling { get; set; }

    public string FeelingWords { get; set; } = "";

    public string TherapistSaid { get; set; } = "";

    public List<string> Themes { get; set; } = [];

    /// <summary>The draft, or null while no session date is picked.</summary>
    public RecapDraft? ToDraft() => SessionDate is { } date
        ? new RecapDraft
        {
            SessionDate = DateOnly.FromDateTime(date),
            Label = Label,
            WhatCameUp = WhatCameUp,
            Takeaways = Takeaways,
            NextSteps = NextSteps,
            ToRevisit = ToRevisit,
            Feeling = Feeling,
            FeelingWords = FeelingWords,
            TherapistSaid = TherapistSaid,
            ThemeNames = [.. Themes],
        }.Tidy()
        : null;

    public static RecapForm From(RecapDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new RecapForm
        {
            SessionDate = draft.SessionDate.ToDateTime(TimeOnly.MinValue),
            Label = draft.Label,
            WhatCameUp = draft.WhatCameUp,
            Takeaways = draft.Takeaways,
            NextSteps = draft.NextSteps,
            ToRevisit = draft.ToRevisit,
            Feeling = draft.Feeling,
            FeelingWords = draft.FeelingWords,
            TherapistSaid = draft.TherapistSaid,
            Themes = [.. draft.ThemeNames],
        };
    }
}

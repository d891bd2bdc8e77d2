namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// What the recap form binds to: the <see cref="RecapDraft"/> being edited, one field at a time, with the session date
/// as the date picker holds it (null while none is picked) and the themes as a list the chips add to and take from.
/// </summary>
public sealed class RecapForm
{
    private RecapDraft _draft;

    /// <summary>An empty form, with no session date picked.</summary>
    public RecapForm()
    {
        _draft = new RecapDraft { SessionDate = default };
    }

    /// <summary>A form showing <paramref name="draft"/>.</summary>
    public RecapForm(RecapDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _draft = draft;
        SessionDate = draft.SessionDate.ToDateTime(TimeOnly.MinValue);
        Themes = [.. draft.ThemeNames];
    }

    public DateTime? SessionDate { get; set; }

    public string Label { get => _draft.Label; set => _draft = _draft with { Label = value }; }

    public string WhatCameUp { get => _draft.WhatCameUp; set => _draft = _draft with { WhatCameUp = value }; }

    public string Takeaways { get => _draft.Takeaways; set => _draft = _draft with { Takeaways = value }; }

    public string NextSteps { get => _draft.NextSteps; set => _draft = _draft with { NextSteps = value }; }

    public string ToRevisit { get => _draft.ToRevisit; set => _draft = _draft with { ToRevisit = value }; }

    public int? Feeling { get => _draft.Feeling; set => _draft = _draft with { Feeling = value }; }

    public string FeelingWords { get => _draft.FeelingWords; set => _draft = _draft with { FeelingWords = value }; }

    public string TherapistSaid { get => _draft.TherapistSaid; set => _draft = _draft with { TherapistSaid = value }; }

    public List<string> Themes { get; } = [];

    /// <summary>The draft, tidied, or null while no session date is picked.</summary>
    public RecapDraft? ToDraft() => SessionDate is { } date
        ? (_draft with { SessionDate = DateOnly.FromDateTime(date), ThemeNames = [.. Themes] }).Tidy()
        : null;
}

namespace Undertone.Domain.Journal;

/// <summary>
/// What the user has written for a recap: the values a form hands to the store. <see cref="Tidy"/> trims each text at
/// its ends (nothing else changes); <see cref="JournalValidation.ValidateRecap"/> checks it.
/// </summary>
public sealed record RecapDraft
{
    public required DateOnly SessionDate { get; init; }

    public string Label { get; init; } = "";

    public string WhatCameUp { get; init; } = "";

    public string Takeaways { get; init; } = "";

    public string NextSteps { get; init; } = "";

    public string ToRevisit { get; init; } = "";

    public int? Feeling { get; init; }

    public string FeelingWords { get; init; } = "";

    public string TherapistSaid { get; init; } = "";

    /// <summary>Theme names, picked or newly typed. Matched to existing themes ignoring case.</summary>
    public IReadOnlyList<string> ThemeNames { get; init; } = [];

    /// <summary>True when nothing but the date has been filled in.</summary>
    public bool IsBlank =>
        Label.Length == 0 && WhatCameUp.Length == 0 && Takeaways.Length == 0 && NextSteps.Length == 0
        && ToRevisit.Length == 0 && Feeling is null && FeelingWords.Length == 0 && TherapistSaid.Length == 0
        && ThemeNames.Count == 0;

    /// <summary>The same draft with every text trimmed at its ends and blank or repeated theme names removed.</summary>
    public RecapDraft Tidy() => this with
    {
        Label = JournalText.Tidy(Label),
        WhatCameUp = JournalText.Tidy(WhatCameUp),
        Takeaways = JournalText.Tidy(Takeaways),
        NextSteps = JournalText.Tidy(NextSteps),
        ToRevisit = JournalText.Tidy(ToRevisit),
        FeelingWords = JournalText.Tidy(FeelingWords),
        TherapistSaid = JournalText.Tidy(TherapistSaid),
        ThemeNames = Theme.DistinctNames(ThemeNames),
    };

    /// <summary>The draft for an existing recap, for editing it.</summary>
    public static RecapDraft From(Recap recap)
    {
        ArgumentNullException.ThrowIfNull(recap);
        return new RecapDraft
        {
            SessionDate = recap.SessionDate,
            Label = recap.Label,
            WhatCameUp = recap.WhatCameUp,
            Takeaways = recap.Takeaways,
            NextSteps = recap.NextSteps,
            ToRevisit = recap.ToRevisit,
            Feeling = recap.Feeling,
            FeelingWords = recap.FeelingWords,
            TherapistSaid = recap.TherapistSaid,
            ThemeNames = recap.Themes.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    /// <summary>Copies the draft's values onto a stored recap (themes are resolved by the store).</summary>
    public void ApplyTo(Recap recap)
    {
        ArgumentNullException.ThrowIfNull(recap);
        recap.SessionDate = SessionDate;
        recap.Label = Label;
        recap.WhatCameUp = WhatCameUp;
        recap.Takeaways = Takeaways;
        recap.NextSteps = NextSteps;
        recap.ToRevisit = ToRevisit;
        recap.Feeling = Feeling;
        recap.FeelingWords = FeelingWords;
        recap.TherapistSaid = TherapistSaid;
    }

    /// <summary>
    /// For a save that met a newer version (<paramref name="stored"/>): when what the therapist said was deleted there
    /// since <paramref name="lastSaved"/> (by the agreement's rule, or in another tab) and this draft still holds the
    /// same words, this draft without them; otherwise this draft. Keeping one's own version must never bring back what
    /// an agreement deleted.
    /// </summary>
    public RecapDraft WithoutMaterialDeletedIn(RecapDraft stored, RecapDraft lastSaved)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(lastSaved);
        var deletedThere = lastSaved.TherapistSaid.Length > 0 && stored.TherapistSaid.Length == 0;
        return deletedThere && string.Equals(TherapistSaid, lastSaved.TherapistSaid, StringComparison.Ordinal)
            ? this with { TherapistSaid = "" }
            : this;
    }

    /// <summary>True when the only change in <paramref name="stored"/> since <paramref name="lastSaved"/> is that what the therapist said was deleted.</summary>
    public static bool OnlyMaterialDeleted(RecapDraft stored, RecapDraft lastSaved)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(lastSaved);
        return lastSaved.TherapistSaid.Length > 0 && stored.TherapistSaid.Length == 0
            && (stored with { TherapistSaid = lastSaved.TherapistSaid }).Equals(lastSaved);
    }

    public bool Equals(RecapDraft? other) =>
        other is not null
        && SessionDate == other.SessionDate
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && string.Equals(WhatCameUp, other.WhatCameUp, StringComparison.Ordinal)
        && string.Equals(Takeaways, other.Takeaways, StringComparison.Ordinal)
        && string.Equals(NextSteps, other.NextSteps, StringComparison.Ordinal)
        && string.Equals(ToRevisit, other.ToRevisit, StringComparison.Ordinal)
        && Feeling == other.Feeling
        && string.Equals(FeelingWords, other.FeelingWords, StringComparison.Ordinal)
        && string.Equals(TherapistSaid, other.TherapistSaid, StringComparison.Ordinal)
        && ThemeNames.SequenceEqual(other.ThemeNames, StringComparer.Ordinal);

    public override int GetHashCode() =>
        HashCode.Combine(SessionDate, WhatCameUp, Takeaways, NextSteps, ToRevisit, Feeling, ThemeNames.Count);
}
